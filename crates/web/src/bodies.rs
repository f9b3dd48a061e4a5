//! The ecosystem registry: the bodies recommendations are addressed to, with the issues each handles; the
//! Secretariat adds and edits them; the issues that no body handles are flagged for the forum's attention.

use crate::export::{csv_document, csv_response};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::accounts::{Action, normalise_email};
use agora_domain::bodies::{BodyKind, issues, unaddressed};
use agora_store::bodies::{self as store, Body, NewBody};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Serialize;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/bodies", get(list).post(save))
        .route("/bodies.csv", get(list_csv))
        .route("/api/bodies", get(list_api))
        .route("/bodies/{id}", get(view))
}

/// Issues raised by recommendations that no body of the registry handles.
pub async fn orphan_issues(app: &App) -> Result<Vec<String>, AppError> {
    let mut conn = app.db.acquire().await?;
    let bodies = store::list(&mut conn).await?;
    let raised: Vec<String> = agora_store::recommendations::list(&mut conn).await?.iter().flat_map(|r| issues(&r.issues)).collect();
    let raised: Vec<&str> = raised.iter().map(String::as_str).collect();
    let handled: Vec<&str> = bodies.iter().map(|b| b.issues.as_str()).collect();
    Ok(unaddressed(&raised, &handled).into_iter().map(String::from).collect())
}

#[derive(Template)]
#[template(path = "bodies/list.html")]
struct ListPage {
    page: Page,
    bodies: Vec<Body>,
    orphans: Vec<String>,
    form: BodyForm,
}

#[derive(Default)]
pub struct BodyForm {
    pub name: String,
    pub acronym: String,
    pub kind: String,
    pub scope: String,
    pub issues: String,
    pub contact_email: String,
    pub website: String,
    pub errors: Vec<(String, String)>,
}

impl BodyForm {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }
}

impl ListPage {
    fn kinds(&self) -> Vec<(&'static str, String)> {
        BodyKind::ALL.iter().map(|k| (k.code(), self.page.term("body-kind", k.code()))).collect()
    }
}

async fn list_page(app: &App, page: Page, form: BodyForm) -> Result<ListPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let bodies = store::list(&mut conn).await?;
    drop(conn);
    Ok(ListPage { orphans: orphan_issues(app).await?, page, bodies, form })
}

async fn list(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    Ok(html(&list_page(&app, page, BodyForm::default()).await?))
}

async fn save(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let mut typed = BodyForm {
        name: form.get("name").trim().into(),
        acronym: form.get("acronym").trim().into(),
        kind: form.get("kind").into(),
        scope: form.get("scope").trim().into(),
        issues: issues(form.get("issues")).join(", "),
        contact_email: form.get("contact_email").trim().into(),
        website: form.get("website").trim().into(),
        errors: Vec::new(),
    };
    if typed.name.is_empty() || typed.name.chars().count() > 200 {
        typed.errors.push(("name".into(), page.t("body-error-name")));
    }
    if BodyKind::from_code(&typed.kind).is_none() {
        typed.errors.push(("kind".into(), page.t("body-error-kind")));
    }
    if !typed.contact_email.is_empty() {
        match normalise_email(&typed.contact_email) {
            Ok(email) => typed.contact_email = email,
            Err(_) => typed.errors.push(("contact_email".into(), page.t("body-error-email"))),
        }
    }
    if !agora_domain::is_web_link_or_empty(&typed.website) {
        typed.errors.push(("website".into(), page.t("body-error-website")));
    }
    if !typed.errors.is_empty() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&list_page(&app, page, typed).await?)).into_response());
    }
    let body = NewBody {
        name: typed.name,
        acronym: typed.acronym,
        kind: typed.kind,
        scope: typed.scope,
        issues: typed.issues,
        contact_email: typed.contact_email,
        website: typed.website,
    };
    let mut tx = app.db.begin().await?;
    let id = store::save(&mut tx, &body).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/bodies/{id}"))).into_response())
}

#[derive(Serialize)]
struct Row {
    id: i64,
    name: String,
    acronym: String,
    kind: String,
    scope: String,
    issues: String,
    website: String,
    has_contact: bool,
}

async fn rows(app: &App) -> Result<Vec<Row>, AppError> {
    let mut conn = app.db.acquire().await?;
    Ok(store::list(&mut conn)
        .await?
        .into_iter()
        .map(|b| Row {
            has_contact: !b.contact_email.is_empty(),
            id: b.id,
            name: b.name,
            acronym: b.acronym,
            kind: b.kind,
            scope: b.scope,
            issues: b.issues,
            website: b.website,
        })
        .collect())
}

async fn list_api(State(app): State<App>) -> Result<Response, AppError> {
    Ok(axum::Json(rows(&app).await?).into_response())
}

async fn list_csv(State(app): State<App>) -> Result<Response, AppError> {
    let header = ["id", "name", "acronym", "kind", "scope", "issues", "website", "has_contact"];
    let rows = rows(&app)
        .await?
        .into_iter()
        .map(|r| vec![r.id.to_string(), r.name, r.acronym, r.kind, r.scope, r.issues, r.website, r.has_contact.to_string()]);
    Ok(csv_response("bodies.csv", csv_document(&header, rows)))
}

#[derive(Template)]
#[template(path = "bodies/view.html")]
struct ViewPage {
    page: Page,
    body: Body,
    addressed: Vec<(i64, String, String)>,
}

async fn view(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let body = store::get(&mut conn, id).await?;
    let recommendations = agora_store::recommendations::list(&mut conn).await?;
    let addressed = agora_store::recommendations::addressed(&mut conn, None)
        .await?
        .into_iter()
        .filter(|a| a.body_id == id)
        .filter_map(|a| recommendations.iter().find(|r| r.id == a.recommendation_id).map(|r| (r.id, r.title.clone(), a.status)))
        .collect();
    Ok(html(&ViewPage { page, body, addressed }))
}

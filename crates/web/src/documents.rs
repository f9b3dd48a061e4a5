//! A group's documents with their versions: members write them, every save is a new version beside the
//! earlier ones (never an overwrite), and anyone can read any version with its date, author and change note.

use crate::export::{csv_document, csv_response};
use crate::forms::FormData;
use crate::groups::{Viewer, viewer};
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_store::documents::{self as store, Document, Version};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Serialize;

/// The longest document text, in characters (a posted form is at most 256 KiB).
const MAX_BODY: usize = 100_000;
const MAX_TITLE: usize = 200;
const MAX_NOTE: usize = 500;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/groups/{id}/documents", get(list).post(create))
        .route("/groups/{id}/documents.csv", get(list_csv))
        .route("/api/groups/{id}/documents", get(list_api))
        .route("/groups/{id}/documents/{did}", get(view).post(save))
        .route("/api/groups/{id}/documents/{did}", get(view_api))
        .route("/groups/{id}/documents/{did}/versions/{n}", get(old_version))
}

/// A document's text as typed.
#[derive(Default)]
pub struct DocumentForm {
    pub title: String,
    pub body: String,
    pub note: String,
    pub errors: Vec<(String, String)>,
}

impl DocumentForm {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }

    fn read(form: &FormData, page: &Page) -> DocumentForm {
        let mut typed = DocumentForm {
            title: form.get("title").trim().into(),
            body: form.get("body").trim().into(),
            note: form.get("note").trim().into(),
            errors: Vec::new(),
        };
        if typed.title.is_empty() || typed.title.chars().count() > MAX_TITLE {
            typed.errors.push(("title".into(), page.t("spaces-error-title")));
        }
        if typed.body.is_empty() {
            typed.errors.push(("body".into(), page.t("spaces-error-document-body")));
        } else if typed.body.chars().count() > MAX_BODY {
            typed.errors.push(("body".into(), page.t1("spaces-error-too-long", "max", MAX_BODY)));
        }
        if typed.note.chars().count() > MAX_NOTE {
            typed.errors.push(("note".into(), page.t1("spaces-error-too-long", "max", MAX_NOTE)));
        }
        typed
    }

    fn of(v: &Version) -> DocumentForm {
        DocumentForm { title: v.title.clone(), body: v.body.clone(), note: String::new(), errors: Vec::new() }
    }
}

#[derive(Template)]
#[template(path = "documents/list.html")]
struct ListPage {
    page: Page,
    viewer: Viewer,
    documents: Vec<Document>,
    form: DocumentForm,
}

impl ListPage {
    fn action(&self) -> String {
        format!("/groups/{}/documents", self.viewer.group.id)
    }
}

async fn list_page(app: &App, page: Page, id: i64, form: DocumentForm) -> Result<ListPage, AppError> {
    let viewer = viewer(app, &page, id).await?;
    let mut conn = app.db.acquire().await?;
    let documents = store::list(&mut conn, id).await?;
    Ok(ListPage { page, viewer, documents, form })
}

async fn list(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&list_page(&app, page, id, DocumentForm::default()).await?))
}

async fn list_api(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(axum::Json(list_page(&app, page, id, DocumentForm::default()).await?.documents).into_response())
}

async fn list_csv(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let view = list_page(&app, page, id, DocumentForm::default()).await?;
    let header = ["id", "title", "version", "created_at", "updated_at"];
    let rows = view.documents.into_iter().map(|d| {
        vec![d.id.to_string(), d.title, d.version.to_string(), crate::dates::day_time(d.created_at), crate::dates::day_time(d.updated_at)]
    });
    Ok(csv_response(&format!("group-{id}-documents.csv"), csv_document(&header, rows)))
}

/// Creates a document with its first version; members only.
async fn create(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.id;
    let typed = DocumentForm::read(&form, &page);
    let view = list_page(&app, page, id, typed).await?;
    view.viewer.require_member()?;
    if !view.form.errors.is_empty() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let f = &view.form;
    let mut tx = app.db.begin().await?;
    let did = store::create(&mut tx, id, &f.title, &f.body, &f.note, Some(user)).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/groups/{id}/documents/{did}"))).into_response())
}

#[derive(Template)]
#[template(path = "documents/view.html")]
struct ViewPage {
    page: Page,
    viewer: Viewer,
    document: Document,
    /// The version shown: the current one, or an earlier one asked for.
    shown: Version,
    versions: Vec<Version>,
    form: DocumentForm,
    related: Vec<agora_search::Hit>,
}

impl ViewPage {
    fn markdown(&self, text: &str) -> String {
        agora_domain::markdown::render(text)
    }

    fn action(&self) -> String {
        format!("/groups/{}/documents/{}", self.viewer.group.id, self.document.id)
    }

    fn is_current(&self) -> bool {
        self.shown.version == self.document.version
    }
}

async fn view_page(app: &App, page: Page, id: i64, did: i64, version: Option<i64>) -> Result<ViewPage, AppError> {
    let viewer = viewer(app, &page, id).await?;
    let mut conn = app.db.acquire().await?;
    let document = store::get(&mut conn, did).await?;
    if document.group_id != id {
        return Err(AppError::NotFound);
    }
    let shown = store::version(&mut conn, did, version.unwrap_or(document.version)).await?;
    let versions = store::versions(&mut conn, did).await?;
    let form = DocumentForm::of(&shown);
    let related = crate::search::related(app, "group-document", did).await;
    Ok(ViewPage { page, viewer, document, shown, versions, form, related })
}

async fn view(State(app): State<App>, page: Page, Path((id, did)): Path<(i64, i64)>) -> Result<Response, AppError> {
    Ok(html(&view_page(&app, page, id, did, None).await?))
}

async fn old_version(State(app): State<App>, page: Page, Path((id, did, n)): Path<(i64, i64, i64)>) -> Result<Response, AppError> {
    Ok(html(&view_page(&app, page, id, did, Some(n)).await?))
}

#[derive(Serialize)]
struct DocumentJson {
    #[serde(flatten)]
    document: Document,
    versions: Vec<VersionJson>,
}

/// A version as the public sees it: the author's name, not their account.
#[derive(Serialize)]
struct VersionJson {
    version: i64,
    title: String,
    body: String,
    note: String,
    author: String,
    at: i64,
}

async fn view_api(State(app): State<App>, page: Page, Path((id, did)): Path<(i64, i64)>) -> Result<Response, AppError> {
    let view = view_page(&app, page, id, did, None).await?;
    let versions = view
        .versions
        .into_iter()
        .map(|v| VersionJson { version: v.version, title: v.title, body: v.body, note: v.note, author: v.author, at: v.at })
        .collect();
    Ok(axum::Json(DocumentJson { document: view.document, versions }).into_response())
}

/// Saves a new version of a document; members only.
async fn save(State(app): State<App>, page: Page, Path((id, did)): Path<(i64, i64)>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.id;
    let typed = DocumentForm::read(&form, &page);
    let mut view = view_page(&app, page, id, did, None).await?;
    view.viewer.require_member()?;
    if !typed.errors.is_empty() {
        view.form = typed;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let mut tx = app.db.begin().await?;
    store::save_version(&mut tx, did, &typed.title, &typed.body, &typed.note, Some(user)).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/groups/{id}/documents/{did}"))).into_response())
}

//! A group's discussion archive: threads and posts, open to every reader (a coalition's "open archives"),
//! written by the group's members, each new post mailed to the other members.

use crate::export::{csv_document, csv_response};
use crate::forms::FormData;
use crate::groups::{Viewer, viewer};
use crate::page::{Page, html};
use crate::{App, AppError, mail};
use agora_domain::people::Language;
use agora_store::discussions::{self as store, Post, Thread};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Serialize;

/// The longest post, in characters: long enough for a draft statement, short enough to read in a mail.
pub const MAX_POST: usize = 20_000;
const MAX_TITLE: usize = 200;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/groups/{id}/threads", get(list).post(start))
        .route("/groups/{id}/threads.csv", get(list_csv))
        .route("/api/groups/{id}/threads", get(list_api))
        .route("/groups/{id}/threads/{tid}", get(view).post(reply))
        .route("/api/groups/{id}/threads/{tid}", get(view_api))
}

/// A post (and a new thread's title) as typed.
#[derive(Default)]
pub struct PostForm {
    pub title: String,
    pub body: String,
    pub errors: Vec<(String, String)>,
}

impl PostForm {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }

    fn read(form: &FormData, page: &Page, with_title: bool) -> PostForm {
        let mut typed = PostForm { title: form.get("title").trim().into(), body: form.get("body").trim().into(), errors: Vec::new() };
        if with_title && (typed.title.is_empty() || typed.title.chars().count() > MAX_TITLE) {
            typed.errors.push(("title".into(), page.t("spaces-error-title")));
        }
        if typed.body.is_empty() {
            typed.errors.push(("body".into(), page.t("spaces-error-body")));
        } else if typed.body.chars().count() > MAX_POST {
            typed.errors.push(("body".into(), page.t1("spaces-error-too-long", "max", MAX_POST)));
        }
        typed
    }
}

#[derive(Template)]
#[template(path = "discussions/list.html")]
struct ListPage {
    page: Page,
    viewer: Viewer,
    threads: Vec<Thread>,
    form: PostForm,
}

async fn list_page(app: &App, page: Page, id: i64, form: PostForm) -> Result<ListPage, AppError> {
    let viewer = viewer(app, &page, id).await?;
    let mut conn = app.db.acquire().await?;
    let threads = store::threads(&mut conn, id).await?;
    Ok(ListPage { page, viewer, threads, form })
}

async fn list(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&list_page(&app, page, id, PostForm::default()).await?))
}

async fn list_api(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let view = list_page(&app, page, id, PostForm::default()).await?;
    Ok(axum::Json(view.threads).into_response())
}

async fn list_csv(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let view = list_page(&app, page, id, PostForm::default()).await?;
    let header = ["id", "title", "posts", "created_at", "last_post_at"];
    let rows = view.threads.into_iter().map(|t| {
        vec![t.id.to_string(), t.title, t.posts.to_string(), crate::dates::day_time(t.created_at), crate::dates::day_time(t.last_post_at)]
    });
    Ok(csv_response(&format!("group-{id}-threads.csv"), csv_document(&header, rows)))
}

/// Starts a thread; members only.
async fn start(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let typed = PostForm::read(&form, &page, true);
    let view = list_page(&app, page, id, typed).await?;
    view.viewer.require_member()?;
    if !view.form.errors.is_empty() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let mut tx = app.db.begin().await?;
    let thread = store::start(&mut tx, id, &view.form.title, Some(user.id), &view.form.body).await?;
    notify(&app, &mut tx, &view.viewer, thread, &view.form.title, &user.name, user.id, &view.form.body).await?;
    tx.commit().await?;
    app.cache.invalidate();
    app.wake_mail();
    Ok(Redirect::to(&view.page.href(&format!("/groups/{id}/threads/{thread}"))).into_response())
}

/// Mails a new post to every other member, in a language they speak, in the transaction that adds it.
#[allow(clippy::too_many_arguments)]
async fn notify(
    app: &App,
    tx: &mut agora_store::Conn,
    viewer: &Viewer,
    thread: i64,
    title: &str,
    author: &str,
    author_id: i64,
    body: &str,
) -> Result<(), AppError> {
    let link = format!("{}/groups/{}/threads/{thread}", app.config.public_url, viewer.group.id);
    let args = [("group", viewer.group.name.clone()), ("title", title.to_string()), ("name", author.to_string()), ("link", link)];
    for (email, languages) in store::recipients(tx, viewer.group.id, author_id).await? {
        let language = languages.split(',').find_map(|l| Language::from_code(l.trim())).unwrap_or(Language::English);
        let subject = crate::i18n::text_with(language, "spaces-mail-post-subject", &args);
        let text = format!(
            "{}\n\n{body}\n\n{}\n",
            crate::i18n::text_with(language, "spaces-mail-post-intro", &args),
            crate::i18n::text_with(language, "spaces-mail-post-link", &args)
        );
        mail::queue(tx, &email, &subject, &text).await?;
    }
    Ok(())
}

#[derive(Template)]
#[template(path = "discussions/view.html")]
struct ViewPage {
    page: Page,
    viewer: Viewer,
    thread: Thread,
    posts: Vec<Post>,
    form: PostForm,
}

impl ViewPage {
    fn markdown(&self, text: &str) -> String {
        agora_domain::markdown::render(text)
    }
}

async fn view_page(app: &App, page: Page, id: i64, tid: i64, form: PostForm) -> Result<ViewPage, AppError> {
    let viewer = viewer(app, &page, id).await?;
    let mut conn = app.db.acquire().await?;
    let thread = store::thread(&mut conn, tid).await?;
    if thread.group_id != id {
        return Err(AppError::NotFound);
    }
    let posts = store::posts(&mut conn, tid).await?;
    Ok(ViewPage { page, viewer, thread, posts, form })
}

async fn view(State(app): State<App>, page: Page, Path((id, tid)): Path<(i64, i64)>) -> Result<Response, AppError> {
    Ok(html(&view_page(&app, page, id, tid, PostForm::default()).await?))
}

#[derive(Serialize)]
struct ThreadJson {
    #[serde(flatten)]
    thread: Thread,
    posts: Vec<PostJson>,
}

/// A post as the public sees it: the author's name, not their account.
#[derive(Serialize)]
struct PostJson {
    id: i64,
    author: String,
    body: String,
    created_at: i64,
}

async fn view_api(State(app): State<App>, page: Page, Path((id, tid)): Path<(i64, i64)>) -> Result<Response, AppError> {
    let view = view_page(&app, page, id, tid, PostForm::default()).await?;
    let posts = view.posts.into_iter().map(|p| PostJson { id: p.id, author: p.author, body: p.body, created_at: p.created_at }).collect();
    Ok(axum::Json(ThreadJson { thread: view.thread, posts }).into_response())
}

/// Replies in a thread; members only.
async fn reply(State(app): State<App>, page: Page, Path((id, tid)): Path<(i64, i64)>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let typed = PostForm::read(&form, &page, false);
    let view = view_page(&app, page, id, tid, typed).await?;
    view.viewer.require_member()?;
    if !view.form.errors.is_empty() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let mut tx = app.db.begin().await?;
    let post = store::reply(&mut tx, tid, Some(user.id), &view.form.body).await?;
    notify(&app, &mut tx, &view.viewer, tid, &view.thread.title, &user.name, user.id, &view.form.body).await?;
    tx.commit().await?;
    app.cache.invalidate();
    app.wake_mail();
    Ok(Redirect::to(&view.page.href(&format!("/groups/{id}/threads/{tid}#post-{post}"))).into_response())
}

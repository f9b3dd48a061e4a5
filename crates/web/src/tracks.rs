//! A cycle's tracks (youth, parliamentary, newcomers, high-level, Day 0 and any the Secretariat adds) and each
//! track's page: its call (the proposals call with the track chosen), its sessions (the programme filtered by
//! it), and its output documents, drafted here and then opened for comment and published as Messages.
//! A track is a theme of the cycle with a kind (`agora_domain::tracks`), so the programme's filter and the frab /
//! JSON exports' `track` are the same notion.

use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_app::tracks::{self as use_case, NewTrack, TrackError};
use agora_domain::accounts::Action;
use agora_domain::tracks::{TrackKind, streamed_and_remote};
use agora_store::cycles::{Cycle, Theme};
use agora_store::messages::Message;
use agora_store::programme::Session;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Serialize;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cycles/{id}/tracks", get(list).post(add))
        .route("/api/cycles/{id}/tracks", get(list_api))
        .route("/tracks/{id}", get(view))
        .route("/tracks/{id}/outputs", post(draft_output))
}

/// What the Secretariat typed into the new-track form, kept to show again when it is refused.
#[derive(Default)]
struct TrackForm {
    name: String,
    description: String,
    kind: String,
    error: String,
}

#[derive(Template)]
#[template(path = "tracks/list.html")]
struct ListPage {
    page: Page,
    cycle: Cycle,
    tracks: Vec<Theme>,
    kinds: &'static [TrackKind],
    form: TrackForm,
}

async fn list_page(app: &App, page: Page, cycle_id: i64, form: TrackForm) -> Result<ListPage, AppError> {
    let cycle = crate::cycles::load(app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let mut tracks = agora_store::cycles::themes(&mut conn, cycle_id).await?;
    tracks.sort_by_key(|t| (TrackKind::of(&t.kind), t.id));
    Ok(ListPage { page, cycle, tracks, kinds: TrackKind::ALL, form })
}

async fn list(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&list_page(&app, page, id, TrackForm::default()).await?))
}

/// The Secretariat adds a track; a refusal comes back with what was typed and the reason.
async fn add(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let typed = NewTrack { name: form.get("name"), description: form.get("description"), kind: form.get("kind") };
    let mut tx = app.db.begin().await?;
    let id = match use_case::add(&mut tx, cycle_id, &typed).await {
        Ok(id) => id,
        Err(TrackError::Refused(refused)) => {
            drop(tx);
            let form = TrackForm {
                name: typed.name.into(),
                description: typed.description.into(),
                kind: typed.kind.into(),
                error: page.t(refused.key()),
            };
            let view = list_page(&app, page, cycle_id, form).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
        }
        Err(e) => return Err(e.into()),
    };
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/tracks/{id}"))).into_response())
}

/// A session of the track as its page lists it.
struct TrackSession {
    session: Session,
    streamed: bool,
}

#[derive(Template)]
#[template(path = "tracks/view.html")]
struct ViewPage {
    page: Page,
    cycle: Cycle,
    track: Theme,
    kind: TrackKind,
    description_html: String,
    sessions: Vec<TrackSession>,
    outputs: Vec<Message>,
    /// The proposals submitted to the track's call.
    proposals: usize,
    /// The Stage-1 rules its proposals are screened by, when lighter than the call's.
    light_rules: Vec<String>,
    light_speakers: u32,
    title: String,
    body: String,
    error: String,
}

async fn view_page(app: &App, page: Page, id: i64, (title, body, error): (String, String, String)) -> Result<ViewPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let track = agora_store::cycles::theme(&mut conn, id).await?;
    let cycle = agora_store::cycles::get(&mut conn, track.cycle_id).await?;
    let kind = TrackKind::of(&track.kind);
    let sessions = agora_store::programme::sessions(&mut conn, cycle.id)
        .await?
        .into_iter()
        .filter(|s| s.theme_id == Some(id))
        .map(|session| TrackSession { streamed: streamed_and_remote(kind, &session.session_type), session })
        .collect();
    let outputs = agora_store::messages::of_track(&mut conn, id).await?;
    let proposals = agora_store::proposals::list(&mut conn, cycle.id, "").await?.iter().filter(|p| p.theme_id == Some(id)).count();
    let (light_rules, light_speakers) = if kind.lightly_screened() {
        (cycle.rules.day0_screening.rules.clone(), cycle.rules.day0_screening.min_confirmed_speakers)
    } else {
        (Vec::new(), 0)
    };
    Ok(ViewPage {
        page,
        description_html: agora_domain::markdown::render(&track.description),
        cycle,
        track,
        kind,
        sessions,
        outputs,
        proposals,
        light_rules,
        light_speakers,
        title,
        body,
        error,
    })
}

async fn view(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&view_page(&app, page, id, Default::default()).await?))
}

/// The Secretariat drafts the track's output document; its Message page opens it for comment and publishes it.
async fn draft_output(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let (title, body) = (form.get("title"), form.get("body"));
    let mut tx = app.db.begin().await?;
    let message = match use_case::draft_output(&mut tx, id, title, body).await {
        Ok(message) => message,
        Err(TrackError::Output(refused)) => {
            drop(tx);
            let error = page.t(refused.key());
            let view = view_page(&app, page, id, (title.into(), body.into(), error)).await?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
        }
        Err(e) => return Err(e.into()),
    };
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/messages/{message}"))).into_response())
}

/// A track as the API gives it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct TrackJson {
    id: i64,
    name: String,
    /// theme, youth, parliamentary, newcomers, high-level, day-0 or other
    kind: String,
    description: String,
    /// The sessions of the track are streamed and open to remote participation (Day 0).
    streamed_and_remote: bool,
    /// The published programme filtered by the track.
    programme: String,
    url: String,
}

/// A cycle's tracks: its thematic tracks and the meeting's other ones (youth, parliamentary, Day 0 …).
/// A session's `track` in the frab / JSON exports is one of these names.
#[utoipa::path(get, path = "/api/cycles/{id}/tracks", tag = "cycles", params(("id" = i64, Path)),
    responses((status = 200, description = "the cycle's tracks", body = [TrackJson]), (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn list_api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    agora_store::cycles::get(&mut conn, id).await?;
    let base = &app.config.public_url;
    let tracks: Vec<TrackJson> = agora_store::cycles::themes(&mut conn, id)
        .await?
        .into_iter()
        .map(|t| TrackJson {
            streamed_and_remote: TrackKind::of(&t.kind).streamed_and_remote(),
            programme: format!("{base}/cycles/{id}/programme?theme={}", t.id),
            url: format!("{base}/tracks/{}", t.id),
            id: t.id,
            name: t.name,
            kind: t.kind,
            description: t.description,
        })
        .collect();
    Ok(crate::export::json_response(&tracks))
}

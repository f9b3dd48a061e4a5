//! Content translations: the public queue of what needs translating, a text's translations with their progress
//! per language (where the Secretariat requests languages), and the side-by-side page of a text in one language,
//! where the translator who claimed it translates unit by unit with the original beside and a reviewer approves.
//! The JSON API lists the queue. The reader's side (a Message shown in the reader's language) is in `messages`.

use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_app::translations::{self as use_case, Original, Queued, Translation, TranslationError};
use agora_domain::accounts::Action;
use agora_domain::people::Language;
use agora_domain::translations::{Refused, direction};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Serialize;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/translations", get(queue))
        .route("/api/translations", get(queue_api))
        .route("/translations/{kind}/{id}", get(text).post(request))
        .route("/translations/{kind}/{id}/{lang}", get(work).post(save))
        .route("/translations/{kind}/{id}/{lang}/claim", post(claim))
        .route("/translations/{kind}/{id}/{lang}/approve", post(approve))
}

/// The forum's languages as a form offers them: code and own name.
pub fn language_choices() -> Vec<(&'static str, &'static str)> {
    Language::ALL.iter().map(|l| (l.code(), l.endonym())).collect()
}

/// The sentence that explains a refusal, in the reader's language.
pub fn refusal(page: &Page, refused: &Refused) -> String {
    let key = refused.code();
    match refused {
        Refused::UnknownLanguage(code) => page.t1(key, "language", code),
        Refused::NoSuchParagraph { index, count } => page.t_with(key, &[("n", index.to_string()), ("count", count.to_string())]),
        Refused::ClaimedBy(name) => page.t1(key, "name", name),
        Refused::Length { max } => page.t1(key, "max", max),
        _ => page.t(key),
    }
}

/// A refusal to show on the page again (422), or the error to answer.
fn refused_or(error: TranslationError) -> Result<Refused, AppError> {
    match error {
        TranslationError::Refused(refused) => Ok(refused),
        other => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "translations/queue.html")]
struct QueuePage {
    page: Page,
    queue: Vec<Queued>,
}

impl QueuePage {
    fn endonym(&self, code: &str) -> &'static str {
        Language::from_code(code).map_or("", |l| l.endonym())
    }
}

/// What needs translating: every request with its holder and progress; anyone may read it.
async fn queue(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let queue = use_case::queue(&mut conn).await?;
    Ok(html(&QueuePage { page, queue }))
}

/// A request of the queue as the API gives it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct QueueItem {
    /// The kind of text: message.
    kind: String,
    id: i64,
    title: String,
    /// The text's own language.
    original_language: String,
    /// The language requested.
    language: String,
    /// Whether a translator holds it.
    claimed: bool,
    /// Units (title and paragraphs) of the text as it is now.
    units: usize,
    translated: usize,
    approved: usize,
    outdated: usize,
    url: String,
}

#[utoipa::path(get, path = "/api/translations", tag = "translations",
    responses((status = 200, description = "every requested translation, oldest first, with its progress in units of the text as it is now", body = [QueueItem])))]
pub(crate) async fn queue_api(State(app): State<App>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let base = &app.config.public_url;
    let items: Vec<QueueItem> = use_case::queue(&mut conn)
        .await?
        .into_iter()
        .map(|q| QueueItem {
            url: format!("{base}/translations/{}/{}/{}", q.request.text_kind, q.request.text_id, q.request.language),
            kind: q.request.text_kind,
            id: q.request.text_id,
            title: q.title,
            original_language: q.original.code().to_string(),
            language: q.request.language,
            claimed: q.request.claimed_by.is_some(),
            units: q.progress.total,
            translated: q.progress.translated,
            approved: q.progress.approved,
            outdated: q.progress.outdated,
        })
        .collect();
    Ok(axum::Json(items).into_response())
}

#[derive(Template)]
#[template(path = "translations/text.html")]
struct TextPage {
    page: Page,
    text: Original,
    translations: Vec<Translation>,
    error: String,
}

impl TextPage {
    fn requested(&self, language: &Language) -> bool {
        self.translations.iter().any(|t| t.language == *language && t.request.is_some())
    }

    fn others(&self) -> Vec<Language> {
        Language::ALL.iter().copied().filter(|l| *l != self.text.language).collect()
    }
}

async fn text_page(app: &App, page: Page, kind: &str, id: i64, error: String) -> Result<TextPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let text = use_case::original(&mut conn, kind, id).await?;
    let translations = use_case::translations(&mut conn, &text).await?;
    Ok(TextPage { page, text, translations, error })
}

/// A text's translations: progress per language, and the Secretariat's form to request languages.
async fn text(State(app): State<App>, page: Page, Path((kind, id)): Path<(String, i64)>) -> Result<Response, AppError> {
    Ok(html(&text_page(&app, page, &kind, id, String::new()).await?))
}

/// The Secretariat requests the text in the languages ticked.
async fn request(State(app): State<App>, page: Page, Path((kind, id)): Path<(String, i64)>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::RequestTranslations)?;
    let languages = form.all("language");
    let mut tx = app.db.begin().await?;
    let refused = match use_case::request(&mut tx, &kind, id, &languages, user.id).await {
        Ok(_) => None,
        Err(e) => Some(refused_or(e)?),
    };
    if let Some(refused) = refused {
        drop(tx);
        let error = refusal(&page, &refused);
        let view = text_page(&app, page, &kind, id, error).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/translations/{kind}/{id}"))).into_response())
}

#[derive(Template)]
#[template(path = "translations/work.html")]
struct WorkPage {
    page: Page,
    text: Original,
    translation: Translation,
    error: String,
    /// The unit whose form was refused and what was typed in it.
    typed: Option<(usize, String)>,
}

impl WorkPage {
    fn original_dir(&self) -> &'static str {
        direction(self.text.language)
    }

    fn dir(&self) -> &'static str {
        direction(self.translation.language)
    }

    fn holder(&self) -> bool {
        let me = self.page.user.as_ref().map(|u| u.id);
        me.is_some() && self.translation.request.as_ref().and_then(|r| r.claimed_by) == me
    }

    fn claimable(&self) -> bool {
        self.page.may(Action::Translate) && self.translation.request.as_ref().is_some_and(|r| r.claimed_by.is_none())
    }

    fn reviewable(&self) -> bool {
        self.page.may(Action::ReviewTranslations) && !self.holder() && self.translation.progress.submitted > 0
    }

    /// What the unit's form shows: what was typed if it was refused, else the saved translation.
    fn draft(&self, index: &usize) -> String {
        match &self.typed {
            Some((unit, typed)) if unit == index => typed.clone(),
            _ => self.translation.pairs.get(*index).and_then(|p| p.translation.as_ref()).map(|t| t.text.clone()).unwrap_or_default(),
        }
    }

    fn status(&self, index: &usize) -> String {
        let Some(pair) = self.translation.pairs.get(*index) else { return String::new() };
        match (&pair.translation, pair.outdated) {
            (None, _) => self.page.t("translation-status-missing"),
            (Some(_), true) => self.page.t("translation-outdated"),
            (Some(t), false) => self.page.term("translation-status", &t.status),
        }
    }
}

async fn work_page(
    app: &App,
    page: Page,
    (kind, id, lang): (&str, i64, &str),
    error: String,
    typed: Option<(usize, String)>,
) -> Result<WorkPage, AppError> {
    let language = Language::from_code(lang).ok_or(AppError::NotFound)?;
    let mut conn = app.db.acquire().await?;
    let text = use_case::original(&mut conn, kind, id).await?;
    if language == text.language {
        return Err(AppError::NotFound);
    }
    let translation = use_case::translation(&mut conn, &text, language).await?;
    Ok(WorkPage { page, text, translation, error, typed })
}

/// The text and its translation side by side, unit by unit; the holder's forms, the reviewer's approval.
async fn work(State(app): State<App>, page: Page, Path((kind, id, lang)): Path<(String, i64, String)>) -> Result<Response, AppError> {
    Ok(html(&work_page(&app, page, (&kind, id, &lang), String::new(), None).await?))
}

/// Runs one step of the workflow in a transaction; a refusal shows the side-by-side page again (422) with the reason.
async fn step(
    app: &App,
    page: Page,
    (kind, id, lang): (&str, i64, &str),
    typed: Option<(usize, String)>,
    result: Result<(), TranslationError>,
    tx: agora_store::Tx,
    anchor: &str,
) -> Result<Response, AppError> {
    if let Err(e) = result {
        drop(tx);
        let error = refusal(&page, &refused_or(e)?);
        let view = work_page(app, page, (kind, id, lang), error, typed).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/translations/{kind}/{id}/{lang}{anchor}"))).into_response())
}

/// A translator claims the text in this language.
async fn claim(State(app): State<App>, page: Page, Path(path): Path<(String, i64, String)>, _form: FormData) -> Result<Response, AppError> {
    transition(&app, page, path, Transition::Claim).await
}

/// The holder saves one unit, as a draft or submitted for review.
async fn save(
    State(app): State<App>,
    page: Page,
    Path((kind, id, lang)): Path<(String, i64, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::Translate)?;
    let unit: usize = form.get("unit").parse().map_err(|_| AppError::BadRequest("unit: a number".into()))?;
    let typed = form.get("text").to_string();
    let input = use_case::Save { kind: &kind, id, language: &lang, unit, text: &typed, submit: form.get("action") != "draft", by: user.id };
    let mut tx = app.db.begin().await?;
    let result = use_case::save(&mut tx, &input).await;
    step(&app, page, (&kind, id, &lang), Some((unit, typed.clone())), result, tx, &format!("#unit-{unit}")).await
}

/// A reviewer approves the submitted units.
async fn approve(
    State(app): State<App>,
    page: Page,
    Path(path): Path<(String, i64, String)>,
    _form: FormData,
) -> Result<Response, AppError> {
    transition(&app, page, path, Transition::Approve).await
}

/// The steps of the workflow a button takes, with nothing typed.
enum Transition {
    Claim,
    Approve,
}

async fn transition(app: &App, page: Page, (kind, id, lang): (String, i64, String), transition: Transition) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(match transition {
        Transition::Claim => Action::Translate,
        Transition::Approve => Action::ReviewTranslations,
    })?;
    let mut tx = app.db.begin().await?;
    let result = match transition {
        Transition::Claim => use_case::claim(&mut tx, &kind, id, &lang, user.id).await,
        Transition::Approve => use_case::approve(&mut tx, &kind, id, &lang, user.id).await.map(|_| ()),
    };
    step(app, page, (&kind, id, &lang), None, result, tx, "").await
}

//! IGF Messages and the Chair's summary: the Secretariat picks takeaways from the session reports into a draft
//! (each source kept), edits it, opens it for public comment as a consultation of numbered paragraphs, and
//! publishes the final text with a note of what changed; every version stays readable. Downloads as
//! Markdown and as a standalone HTML document.

use crate::dates::{day, day_time};
use crate::export::bytes_response;
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_app::translations::{self as translations, Translation};
use agora_domain::accounts::Action;
use agora_domain::consultations::paragraphs;
use agora_domain::people::Language;
use agora_domain::translations::{chosen_or_detected, detect, direction};
use agora_store::consultations::{self as consultations, Settings};
use agora_store::cycles::{Cycle, Theme};
use agora_store::messages::{self as store, Message, Version};
use agora_store::reports::{self, StoredReport};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cycles/{id}/messages", get(list).post(create))
        .route("/api/cycles/{id}/messages", get(list_api))
        .route("/messages/{id}", get(view).post(revise))
        .route("/messages/{id}/comment", post(open_for_comment))
        .route("/messages/{id}/markdown", get(markdown))
        .route("/messages/{id}/document", get(document))
}

const DAY: i64 = 24 * 3600;
/// How long the draft Messages stay open for public comment.
const COMMENT_DAYS: i64 = 30;

/// A report's takeaways as the picker offers them.
pub struct Takeaways {
    pub report_id: i64,
    pub session_id: i64,
    pub session: String,
    pub takeaways: Vec<(usize, String)>,
}

#[derive(Template)]
#[template(path = "messages/list.html")]
struct ListPage {
    page: Page,
    cycle: Cycle,
    messages: Vec<Message>,
    themes: Vec<Theme>,
    reports: Vec<Takeaways>,
    error: String,
    /// The language chosen on the form ("" to detect it).
    language: String,
}

impl ListPage {
    fn theme(&self, id: &Option<i64>) -> String {
        id.and_then(|t| self.themes.iter().find(|x| x.id == t)).map(|t| t.name.clone()).unwrap_or_default()
    }
}

async fn list_page(app: &App, page: Page, cycle_id: i64, error: String) -> Result<ListPage, AppError> {
    let cycle = crate::cycles::load(app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let messages = store::of_cycle(&mut conn, cycle_id).await?;
    let themes = agora_store::cycles::themes(&mut conn, cycle_id).await?;
    let sessions = agora_store::programme::sessions(&mut conn, cycle_id).await?;
    let reports = reports::of_cycle(&mut conn, cycle_id)
        .await?
        .iter()
        .map(|r: &StoredReport| Takeaways {
            report_id: r.id,
            session_id: r.session_id,
            session: sessions.iter().find(|s| s.id == r.session_id).map(|s| s.title.clone()).unwrap_or_default(),
            takeaways: r.text().takeaways.into_iter().enumerate().collect(),
        })
        .collect();
    Ok(ListPage { page, cycle, messages, themes, reports, error, language: String::new() })
}

async fn list(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&list_page(&app, page, id, String::new()).await?))
}

#[derive(Serialize)]
struct ApiMessage {
    id: i64,
    kind: String,
    title: String,
    status: String,
    version: i64,
    body: String,
    /// The language the Message is written in.
    language: String,
    published: Option<String>,
    consultation: Option<String>,
    url: String,
}

async fn list_api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let base = &app.config.public_url;
    let messages: Vec<ApiMessage> = store::of_cycle(&mut conn, id)
        .await?
        .into_iter()
        .map(|m| ApiMessage {
            url: format!("{base}/messages/{}", m.id),
            consultation: m.consultation_id.map(|c| format!("{base}/consultations/{c}")),
            published: m.published_at.map(day),
            id: m.id,
            kind: m.kind,
            title: m.title,
            status: m.status,
            version: m.version,
            body: m.body,
            language: m.language,
        })
        .collect();
    Ok(axum::Json(messages).into_response())
}

/// Reads the picked takeaways (`REPORT:INDEX`) with their text, in the order picked.
fn picked(form: &FormData, reports: &[Takeaways]) -> Vec<((i64, i64), String)> {
    form.all("source")
        .iter()
        .filter_map(|s| {
            let (report, index) = s.split_once(':')?;
            let (report, index): (i64, usize) = (report.parse().ok()?, index.parse().ok()?);
            let text = reports.iter().find(|r| r.report_id == report)?.takeaways.iter().find(|(i, _)| *i == index)?.1.clone();
            Some(((report, index as i64), text))
        })
        .collect()
}

async fn create(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let view = list_page(&app, page, cycle_id, String::new()).await?;
    let title = form.get("title").trim().to_string();
    let kind = if form.get("kind") == "chair-summary" { "chair-summary" } else { "message" };
    let theme_id: Option<i64> = form.get("theme_id").parse().ok().filter(|t| view.themes.iter().any(|x| x.id == *t));
    let sources = picked(&form, &view.reports);
    // The draft starts as the picked takeaways, one paragraph each, for the Secretariat to edit into a Message.
    let body = sources.iter().map(|(_, text)| text.as_str()).collect::<Vec<_>>().join("\n\n");
    let language = chosen_or_detected(form.get("language"), &format!("{title}\n\n{body}"), view.page.lang);
    let error = if title.is_empty() || title.chars().count() > 200 {
        view.page.t("message-error-title")
    } else if kind == "message" && sources.is_empty() {
        view.page.t("message-error-sources")
    } else if let Err(refused) = &language {
        crate::translations::refusal(&view.page, refused)
    } else {
        String::new()
    };
    if !error.is_empty() {
        let language = form.get("language").to_string();
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&ListPage { error, language, ..view })).into_response());
    }
    let language = language.unwrap_or(Language::English);
    let refs: Vec<(i64, i64)> = sources.iter().map(|(s, _)| *s).collect();
    let mut tx = app.db.begin().await?;
    let id = store::create(&mut tx, cycle_id, theme_id, kind, &title, &body, &refs).await?;
    store::set_language(&mut tx, id, language.code()).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/messages/{id}"))).into_response())
}

#[derive(Template)]
#[template(path = "messages/view.html")]
struct ViewPage {
    page: Page,
    message: Message,
    body_html: String,
    sources: Vec<(i64, i64, i64, String)>,
    versions: Vec<(Version, String)>,
    theme: String,
    error: String,
    related: Vec<agora_search::Hit>,
    /// The language the Message is written in, and the one detected from its text (to confirm).
    language: Language,
    detected: Option<Language>,
    /// The translation shown instead of the original: the reader's language (or the one asked for), approved.
    reading: Option<Translation>,
    /// The language asked for when it has no approved translation yet.
    missing: Option<Language>,
    /// Every language the Message is requested or translated in.
    translations: Vec<Translation>,
}

impl ViewPage {
    fn dir(&self) -> &'static str {
        direction(self.language)
    }

    fn reading_dir(&self) -> &'static str {
        self.reading.as_ref().map_or(self.dir(), |t| direction(t.language))
    }

    /// The title as the reader is shown it.
    fn title(&self) -> &str {
        self.reading.as_ref().and_then(|t| t.pairs.first()).and_then(|p| p.approved()).unwrap_or(&self.message.title)
    }

    fn title_lang(&self) -> &'static str {
        match self.reading.as_ref().and_then(|t| t.pairs.first()).and_then(|p| p.approved()) {
            Some(_) => self.reading.as_ref().map_or(self.language.code(), |t| t.language.code()),
            None => self.language.code(),
        }
    }

    /// The language detected from the text, when it is not the one stored (for the Secretariat to confirm).
    fn detected_other(&self) -> Option<&'static str> {
        self.detected.filter(|d| *d != self.language).map(|d| d.endonym())
    }

    fn render(&self, text: &str) -> String {
        agora_domain::markdown::render(text)
    }

    /// The translations a reader may switch to (approved, in part at least), other than the one shown.
    fn readable(&self) -> Vec<Language> {
        let shown = self.reading.as_ref().map(|t| t.language);
        self.translations.iter().filter(|t| t.readable() && Some(t.language) != shown).map(|t| t.language).collect()
    }
}

/// The language a reader asks a text in (`?lang=fr`), else the page's.
#[derive(Deserialize, Default)]
struct ReadQuery {
    lang: Option<String>,
}

async fn view_page(app: &App, page: Page, id: i64, error: String, wanted: Option<Language>) -> Result<ViewPage, AppError> {
    let related = crate::search::related(app, "message", id).await;
    let mut conn = app.db.acquire().await?;
    let message = store::get(&mut conn, id).await?;
    let theme = match message.theme_id {
        Some(t) => agora_store::cycles::themes(&mut conn, message.cycle_id)
            .await?
            .into_iter()
            .find(|x| x.id == t)
            .map(|x| x.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let versions = store::versions(&mut conn, id).await?.into_iter().map(|v| (day_time(v.at), v)).map(|(d, v)| (v, d)).collect();
    let text = translations::original(&mut conn, "message", id).await?;
    let all = translations::translations(&mut conn, &text).await?;
    let wanted = wanted.unwrap_or(page.lang);
    let reading = all.iter().find(|t| t.language == wanted && t.readable()).cloned();
    let missing = (wanted != text.language && reading.is_none()).then_some(wanted);
    Ok(ViewPage {
        language: text.language,
        detected: detect(&message.body),
        reading,
        missing,
        translations: all,
        related,
        body_html: agora_domain::markdown::render(&message.body),
        sources: store::sources(&mut conn, id).await?,
        versions,
        theme,
        message,
        page,
        error,
    })
}

async fn view(State(app): State<App>, page: Page, Path(id): Path<i64>, Query(query): Query<ReadQuery>) -> Result<Response, AppError> {
    let wanted = match query.lang.as_deref() {
        None | Some("") => None,
        Some(code) => Some(Language::from_code(code).ok_or_else(|| AppError::BadRequest(format!("unknown language {code:?}")))?),
    };
    Ok(html(&view_page(&app, page, id, String::new(), wanted).await?))
}

/// Saves a new version of the text; `publish` makes it the final Message.
async fn revise(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let title = form.get("title").trim();
    let body = form.get("body").replace("\r\n", "\n").trim().to_string();
    let note = form.get("note").trim();
    let mut conn = app.db.acquire().await?;
    let message = store::get(&mut conn, id).await?;
    drop(conn);
    let publish = form.get("action") == "publish";
    let current = Language::from_code(&message.language).unwrap_or(Language::English);
    // The edit form always says the language (the stored one, confirmed or changed); a post without it keeps it.
    let language = match form.get("language") {
        "" => Ok(current),
        code => agora_domain::translations::language(code),
    };
    let error = if let Err(refused) = &language {
        crate::translations::refusal(&page, refused)
    } else if title.is_empty() || body.is_empty() {
        page.t("message-error-empty")
    } else if publish && note.is_empty() && message.consultation_id.is_some() {
        page.t("message-error-note")
    } else if message.status == "published" && !publish {
        page.t("message-error-published")
    } else {
        String::new()
    };
    if !error.is_empty() {
        let view = view_page(&app, page, id, error, None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let language = language.unwrap_or(current);
    let status = if publish { "published" } else { message.status.as_str() };
    let mut tx = app.db.begin().await?;
    store::revise(&mut tx, id, title, &body, status, note, None).await?;
    store::set_language(&mut tx, id, language.code()).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/messages/{id}"))).into_response())
}

/// Opens the draft for public comment: a consultation whose paragraphs are the Message's, open to anyone.
async fn open_for_comment(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::ManageConsultations)?;
    let mut tx = app.db.begin().await?;
    let message = store::get(&mut tx, id).await?;
    if let Some(existing) = message.consultation_id {
        return Ok(Redirect::to(&page.href(&format!("/consultations/{existing}"))).into_response());
    }
    let now = agora_store::now();
    let settings = Settings {
        title: page.t1("message-comment-title", "title", &message.title),
        description: page.t1("message-comment-description", "link", format!("{}/messages/{id}", app.config.public_url)),
        opens_at: now,
        closes_at: now - now.rem_euclid(DAY) + (COMMENT_DAYS + 1) * DAY,
        eligibility: "anyone".into(),
        languages: "en,fr,es,ar,ru,zh".into(),
        max_text: 5000,
        inquiry_days: 30,
        origin: format!("message:{id}"),
        ..Settings::default()
    };
    let consultation = consultations::create(&mut tx, &settings, Some(user.id)).await?;
    consultations::set_content(&mut tx, consultation, &[], &paragraphs(&message.body)).await?;
    store::open_for_comment(&mut tx, id, consultation).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/consultations/{consultation}"))).into_response())
}

async fn markdown(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let m = store::get(&mut conn, id).await?;
    let text = format!("# {}\n\n{}\n", m.title, m.body);
    Ok(bytes_response("text/markdown; charset=utf-8", text))
}

#[derive(Template)]
#[template(path = "messages/document.html")]
struct Document {
    lang: &'static str,
    dir: &'static str,
    forum: String,
    message: Message,
    body_html: String,
    date: String,
}

/// The Message as one standalone HTML file (no stylesheet to fetch), to archive, mail or print to PDF.
async fn document(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let message = store::get(&mut conn, id).await?;
    let view = Document {
        lang: page.lang_code(),
        dir: page.dir(),
        forum: page.identity.display_name().to_string(),
        body_html: agora_domain::markdown::render(&message.body),
        date: day(message.published_at.unwrap_or(message.updated_at)),
        message,
    };
    let mut response = html(&view);
    let disposition = format!("attachment; filename=\"message-{id}.html\"");
    if let Ok(value) = axum::http::HeaderValue::from_str(&disposition) {
        response.headers_mut().insert(axum::http::header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

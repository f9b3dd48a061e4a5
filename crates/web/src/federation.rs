//! NRI federation (docs/federation.md): the forum's signed feed of its annual reports and outcomes, the
//! /federation page that explains it and where the Secretariat files the forum's annual report, and on the global
//! instance the subscriptions of NRI groups to their feeds — set by the group's leads with a pinned key, fetched
//! on demand and by a background worker, verified before anything of them is stored; refusals shown and recorded.

use crate::dates;
use crate::export::{csv_document, csv_response};
use crate::forms::FormData;
use crate::groups::{Viewer, viewer};
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::accounts::Action;
use agora_domain::federation::{self as rules, Feed, FeedError};
use agora_domain::groups::NriLevel;
use agora_domain::people::{countries, country};
use agora_store::federation::{self as store, Accepted, AnnualReport, Item, NewItem, Subscription};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Serialize;
use std::sync::LazyLock;
use std::time::Duration;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/federation", get(overview))
        .route("/federation/feed.json", get(feed))
        .route("/federation/reports", post(file_report))
        .route("/federation/identity", post(set_identity))
        .route("/federation/subscriptions.csv", get(subscriptions_csv))
        .route("/api/federation/subscriptions", get(subscriptions_api))
        .route("/groups/{id}/feed", get(group_feed).post(subscribe))
        .route("/groups/{id}/feed/fetch", post(fetch_now))
        .route("/api/groups/{id}/feed", get(group_feed_api))
}

/// A feed larger than this is refused unread: a year of an NRI's outcomes is a few hundred kilobytes.
pub const MAX_FEED_BYTES: usize = 5 * 1024 * 1024;
/// How long a fetch may take, from connecting to the last byte.
pub const FETCH_TIMEOUT: Duration = Duration::from_secs(10);

use agora_store::federation::{COUNTRY_KEY, LEVEL_KEY};

// ---------------------------------------------------------------------------------------------------------------
// Publishing

/// The feed's payload, built from the forum's settings, annual reports, published Messages, recommendations and
/// the attendance its session reports count.
async fn payload(app: &App) -> Result<Feed, AppError> {
    let identity = app.cache.identity(app).await;
    let mut conn = app.db.acquire().await?;
    let forum = rules::Forum {
        name: identity.display_name().to_string(),
        url: app.config.public_url.clone(),
        country: agora_store::settings::get(&mut conn, COUNTRY_KEY).await?.unwrap_or_default(),
        nri_level: agora_store::settings::get(&mut conn, LEVEL_KEY).await?.unwrap_or_default(),
    };
    let cycles = agora_store::cycles::list(&mut conn).await?;
    let cycle_name = |id: Option<i64>| cycles.iter().find(|c| Some(c.id) == id).map_or_else(String::new, |c| c.name.clone());
    let annual_reports = store::reports(&mut conn)
        .await?
        .into_iter()
        .map(|r| rules::AnnualReport { year: r.year, text: r.text, filed_at: r.filed_at })
        .collect();
    let messages = agora_store::messages::all(&mut conn)
        .await?
        .into_iter()
        .filter(|m| m.status == "published")
        .map(|m| rules::Message {
            cycle: cycle_name(Some(m.cycle_id)),
            published_at: m.published_at.unwrap_or(m.updated_at),
            id: m.id,
            kind: m.kind,
            title: m.title,
            body: m.body,
        })
        .collect();
    let bodies = agora_store::bodies::list(&mut conn).await?;
    let addressed = agora_store::recommendations::addressed(&mut conn, None).await?;
    let recommendations = agora_store::recommendations::list(&mut conn)
        .await?
        .into_iter()
        .map(|r| rules::Recommendation {
            cycle: cycle_name(r.cycle_id),
            addressed: addressed
                .iter()
                .filter(|a| a.recommendation_id == r.id)
                .map(|a| rules::Addressee {
                    body: bodies.iter().find(|b| b.id == a.body_id).map_or_else(String::new, |b| b.name.clone()),
                    status: a.status.clone(),
                })
                .collect(),
            id: r.id,
            title: r.title,
            text: r.text,
        })
        .collect();
    let mut participation = Vec::new();
    for c in &cycles {
        let reports = agora_store::reports::of_cycle(&mut conn, c.id).await?;
        let sessions = agora_store::programme::sessions(&mut conn, c.id).await?.len() as i64;
        if sessions == 0 && reports.is_empty() {
            continue;
        }
        participation.push(rules::Participation {
            cycle: c.name.clone(),
            sessions,
            reports: reports.len() as i64,
            onsite: reports.iter().map(|r| r.onsite.max(0)).sum(),
            online: reports.iter().map(|r| r.online.max(0)).sum(),
        });
    }
    Ok(Feed { forum, generated_at: agora_store::now(), annual_reports, messages, recommendations, participation })
}

/// The signed feed document, as served.
async fn signed_feed(app: &App) -> Result<Vec<u8>, AppError> {
    let payload = serde_json::to_value(payload(app).await?).map_err(|e| AppError::Internal(e.to_string()))?;
    let key = crate::record::signing_key(app).await?;
    let document = rules::sign(&payload, &key).map_err(|e| AppError::Internal(e.detail()))?;
    serde_json::to_vec_pretty(&document).map_err(|e| AppError::Internal(e.to_string()))
}

/// The forum's signed feed: rebuilt when the public record moves (every change it reports goes on the record).
#[utoipa::path(get, path = "/federation/feed.json", tag = "federation",
    responses((status = 200, description = "the forum's annual reports and outcomes as a signed agora-nri-feed/1 document (docs/federation.md)")))]
pub(crate) async fn feed(State(app): State<App>) -> Result<Response, AppError> {
    Ok(app.cache.respond(&app, "federation-feed".into(), "application/json", || async { signed_feed(&app).await }).await?)
}

/// The message of a field's error, for the form to show beside it.
fn field_error<'a>(errors: &'a [(String, String)], field: &str) -> Option<&'a str> {
    errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
}

#[derive(Default)]
struct ReportForm {
    year: String,
    text: String,
    errors: Vec<(String, String)>,
}

impl ReportForm {
    fn error(&self, field: &str) -> Option<&str> {
        field_error(&self.errors, field)
    }
}

#[derive(Default)]
struct IdentityForm {
    country: String,
    nri_level: String,
    errors: Vec<(String, String)>,
}

impl IdentityForm {
    fn error(&self, field: &str) -> Option<&str> {
        field_error(&self.errors, field)
    }
}

/// A subscription as lists and the API show it.
#[derive(Serialize)]
struct Listed {
    group_id: i64,
    group: String,
    url: String,
    public_key: String,
    fingerprint: String,
    status: &'static str,
    forum_name: String,
    generated_at: Option<i64>,
    last_fetch_at: Option<i64>,
    last_ok_at: Option<i64>,
    error: String,
    error_detail: String,
    error_at: Option<i64>,
}

/// The subscriptions of published NRI groups, and of drafts too for the Secretariat (drafts are not public).
async fn listed(app: &App, page: &Page) -> Result<Vec<Listed>, AppError> {
    let mut conn = app.db.acquire().await?;
    let groups = agora_store::groups::list(&mut conn, Some("nri"), page.may(Action::ManageGroups)).await?;
    Ok(store::subscriptions(&mut conn)
        .await?
        .into_iter()
        .filter_map(|s| Some((groups.iter().find(|g| g.id == s.group_id)?.name.clone(), s)))
        .map(|(group, s)| Listed {
            group,
            fingerprint: fingerprint(&s.public_key),
            status: s.status(),
            group_id: s.group_id,
            url: s.url,
            public_key: s.public_key,
            forum_name: s.forum_name,
            generated_at: s.generated_at,
            last_fetch_at: s.last_fetch_at,
            last_ok_at: s.last_ok_at,
            error: s.error_code,
            error_detail: s.error_detail,
            error_at: s.error_at,
        })
        .collect())
}

fn fingerprint(key: &str) -> String {
    rules::parse_key(key).map_or_else(String::new, |k| rules::fingerprint(&k))
}

#[derive(Template)]
#[template(path = "federation/overview.html")]
struct OverviewPage {
    page: Page,
    public_key: String,
    fingerprint: String,
    feed_url: String,
    reports: Vec<AnnualReport>,
    subscriptions: Vec<Listed>,
    report: ReportForm,
    identity: IdentityForm,
}

impl OverviewPage {
    fn levels(&self) -> Vec<(&'static str, String)> {
        NriLevel::ALL.iter().map(|l| (l.code(), self.page.term("nri-level", l.code()))).collect()
    }

    fn countries(&self) -> Vec<(&'static str, &'static str)> {
        let mut list: Vec<(&'static str, &'static str)> = countries().iter().map(|c| (c.iso2, c.name_in(self.page.lang))).collect();
        list.sort_by(|a, b| a.1.cmp(b.1));
        list
    }

    fn markdown(&self, text: &str) -> String {
        agora_domain::markdown::render(text)
    }

    fn when(&self, at: &Option<i64>) -> String {
        at.map_or_else(String::new, dates::day_time)
    }

    fn filed(&self, at: &i64) -> String {
        dates::day_time(*at)
    }

    fn errors(&self) -> Vec<&(String, String)> {
        self.report.errors.iter().chain(&self.identity.errors).collect()
    }
}

async fn overview_page(app: &App, page: Page, report: ReportForm, identity: Option<IdentityForm>) -> Result<OverviewPage, AppError> {
    let key = crate::record::signing_key(app).await?.verifying_key();
    let mut conn = app.db.acquire().await?;
    let identity = match identity {
        Some(form) => form,
        None => IdentityForm {
            country: agora_store::settings::get(&mut conn, COUNTRY_KEY).await?.unwrap_or_default(),
            nri_level: agora_store::settings::get(&mut conn, LEVEL_KEY).await?.unwrap_or_default(),
            errors: Vec::new(),
        },
    };
    let reports = store::reports(&mut conn).await?;
    drop(conn);
    Ok(OverviewPage {
        public_key: rules::key_text(&key),
        fingerprint: rules::fingerprint(&key),
        feed_url: format!("{}/federation/feed.json", app.config.public_url),
        reports,
        subscriptions: listed(app, &page).await?,
        page,
        report,
        identity,
    })
}

async fn overview(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    Ok(html(&overview_page(&app, page, ReportForm::default(), None).await?))
}

async fn file_report(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?;
    user.require(Action::ManageGroups)?;
    let mut typed = ReportForm { year: form.get("year").trim().into(), text: form.get("text").trim().into(), errors: Vec::new() };
    let year = typed.year.parse::<i64>().ok().filter(|y| (1990..=2100).contains(y));
    if year.is_none() {
        typed.errors.push(("year".into(), page.t("federation-invalid-year")));
    }
    if typed.text.is_empty() || typed.text.chars().count() > 50_000 {
        typed.errors.push(("text".into(), page.t("federation-invalid-text")));
    }
    let Some(year) = year.filter(|_| typed.errors.is_empty()) else {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&overview_page(&app, page, typed, None).await?)).into_response());
    };
    let mut tx = app.db.begin().await?;
    store::file_report(&mut tx, year, &typed.text, user.id).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href("/federation#reports")).into_response())
}

async fn set_identity(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageGroups)?;
    let mut typed =
        IdentityForm { country: form.get("country").trim().into(), nri_level: form.get("nri_level").into(), errors: Vec::new() };
    if !typed.country.is_empty() && country(&typed.country).is_none() {
        typed.errors.push(("country".into(), page.t("federation-invalid-country")));
    }
    if !typed.nri_level.is_empty() && NriLevel::from_code(&typed.nri_level).is_none() {
        typed.errors.push(("nri_level".into(), page.t("federation-invalid-level")));
    }
    if !typed.errors.is_empty() {
        let page = overview_page(&app, page, ReportForm::default(), Some(typed)).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&page)).into_response());
    }
    let mut tx = app.db.begin().await?;
    store::set_identity(&mut tx, &typed.country, &typed.nri_level).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href("/federation")).into_response())
}

/// The NRI feeds this forum subscribes to, with the last verification and the last refusal of each.
#[utoipa::path(get, path = "/api/federation/subscriptions", tag = "federation",
    responses((status = 200, description = "the subscriptions of published NRI groups (and of drafts, for the Secretariat)")))]
pub(crate) async fn subscriptions_api(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    Ok(axum::Json(listed(&app, &page).await?).into_response())
}

async fn subscriptions_csv(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let header = [
        "group_id",
        "group",
        "url",
        "public_key",
        "fingerprint",
        "status",
        "forum_name",
        "last_fetch_at",
        "last_ok_at",
        "error",
        "error_detail",
        "error_at",
    ];
    let time = |t: Option<i64>| t.map_or_else(String::new, crate::export::rfc3339);
    let rows = listed(&app, &page).await?.into_iter().map(|s| {
        vec![
            s.group_id.to_string(),
            s.group,
            s.url,
            s.public_key,
            s.fingerprint,
            s.status.to_string(),
            s.forum_name,
            time(s.last_fetch_at),
            time(s.last_ok_at),
            s.error,
            s.error_detail,
            time(s.error_at),
        ]
    });
    Ok(csv_response("nri-feed-subscriptions.csv", csv_document(&header, rows)))
}

// ---------------------------------------------------------------------------------------------------------------
// Subscribing

static CLIENT: LazyLock<reqwest::Client> = LazyLock::new(|| {
    reqwest::Client::builder()
        .timeout(FETCH_TIMEOUT)
        .connect_timeout(FETCH_TIMEOUT)
        .redirect(reqwest::redirect::Policy::limited(3))
        .user_agent(concat!("Agora/", env!("CARGO_PKG_VERSION"), " (NRI feed subscriber)"))
        .build()
        .expect("an HTTP client with the built-in TLS roots")
});

/// A feed refused: a code for translation and the record, and the detail.
struct Refusal {
    code: &'static str,
    detail: String,
}

impl From<FeedError> for Refusal {
    fn from(e: FeedError) -> Refusal {
        Refusal { code: e.code(), detail: e.detail() }
    }
}

/// Downloads a feed, refusing one that is not a 2xx answer, takes longer than the timeout or exceeds the size limit.
async fn download(url: &str) -> Result<Vec<u8>, Refusal> {
    let unreachable = |e: reqwest::Error| Refusal { code: "unreachable", detail: e.without_url().to_string() };
    let too_large = || Refusal { code: "too-large", detail: format!("larger than {MAX_FEED_BYTES} bytes") };
    let mut response = CLIENT.get(url).send().await.map_err(unreachable)?;
    if !response.status().is_success() {
        return Err(Refusal { code: "unreachable", detail: format!("HTTP status {}", response.status()) });
    }
    if response.content_length().is_some_and(|n| n > MAX_FEED_BYTES as u64) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(unreachable)? {
        if body.len() + chunk.len() > MAX_FEED_BYTES {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The rows a verified feed is stored as.
fn items_of(feed: &Feed) -> Vec<NewItem> {
    let mut items = Vec::new();
    for r in &feed.annual_reports {
        items.push(NewItem {
            kind: "annual-report",
            key: r.year.to_string(),
            title: r.year.to_string(),
            text: r.text.clone(),
            data: json(r),
            at: Some(r.filed_at),
        });
    }
    for m in &feed.messages {
        items.push(NewItem {
            kind: "message",
            key: m.id.to_string(),
            title: m.title.clone(),
            text: m.body.clone(),
            data: json(m),
            at: Some(m.published_at),
        });
    }
    for r in &feed.recommendations {
        items.push(NewItem {
            kind: "recommendation",
            key: r.id.to_string(),
            title: r.title.clone(),
            text: r.text.clone(),
            data: json(r),
            at: None,
        });
    }
    for p in &feed.participation {
        items.push(NewItem {
            kind: "participation",
            key: p.cycle.clone(),
            title: p.cycle.clone(),
            text: String::new(),
            data: json(p),
            at: None,
        });
    }
    items
}

/// An item as stored for what the columns do not hold.
fn json<T: Serialize>(item: &T) -> serde_json::Value {
    serde_json::to_value(item).unwrap_or_default()
}

/// Fetches a group's feed, verifies it against the pinned key and stores it — or stores only the refusal.
/// Returns the refusal's code, if any.
pub async fn fetch(app: &App, group_id: i64) -> Result<Option<&'static str>, AppError> {
    // One fetch at a time on this node: the worker and a "fetch now" never store the same feed side by side.
    static FETCHING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    let _one_at_a_time = FETCHING.lock().await;
    let mut conn = app.db.acquire().await?;
    let subscription = store::get(&mut conn, group_id).await?.ok_or(AppError::NotFound)?;
    drop(conn);
    let verified = match rules::parse_key(&subscription.public_key) {
        None => Err(Refusal::from(FeedError::Key)),
        Some(pinned) => match download(&subscription.url).await {
            Ok(bytes) => rules::verify(&bytes, &pinned).map_err(Refusal::from),
            Err(refusal) => Err(refusal),
        },
    };
    let mut tx = app.db.begin().await?;
    let outcome = match verified {
        Ok(feed) => {
            let digest = serde_json::to_value(&feed).ok().and_then(|v| rules::payload_digest(&v).ok()).unwrap_or_default();
            let items = items_of(&feed);
            let accepted = Accepted { digest: &digest, forum_name: &feed.forum.name, generated_at: feed.generated_at, items: &items };
            store::accept(&mut tx, group_id, &accepted).await?;
            None
        }
        Err(refusal) => {
            tracing::warn!(group_id, reason = refusal.code, detail = %refusal.detail, "NRI feed refused");
            store::refuse(&mut tx, group_id, refusal.code, &refusal.detail).await?;
            Some(refusal.code)
        }
    };
    tx.commit().await?;
    app.cache.invalidate();
    Ok(outcome)
}

/// Fetches every subscribed feed at the configured interval (hourly by default).
pub async fn worker(app: App) {
    loop {
        tokio::time::sleep(app.config.feed_interval).await;
        let subscriptions = match app.db.acquire().await {
            Ok(mut conn) => store::subscriptions(&mut conn).await.unwrap_or_default(),
            Err(_) => Vec::new(),
        };
        for s in subscriptions {
            if let Err(e) = fetch(&app, s.group_id).await {
                tracing::warn!(group_id = s.group_id, error = %e, "fetching an NRI feed failed");
            }
        }
    }
}

#[derive(Default)]
struct SubscribeForm {
    url: String,
    public_key: String,
    errors: Vec<(String, String)>,
}

impl SubscribeForm {
    fn error(&self, field: &str) -> Option<&str> {
        field_error(&self.errors, field)
    }
}

#[derive(Template)]
#[template(path = "federation/group.html")]
struct GroupPage {
    page: Page,
    viewer: Viewer,
    subscription: Option<Subscription>,
    items: Vec<Item>,
    form: SubscribeForm,
}

/// A stored participation row, read back for the table.
struct Attendance {
    cycle: String,
    sessions: i64,
    reports: i64,
    onsite: i64,
    online: i64,
}

impl GroupPage {
    fn of_kind(&self, kind: &str) -> Vec<&Item> {
        self.items.iter().filter(|i| i.kind == kind).collect()
    }

    fn attendance(&self) -> Vec<Attendance> {
        self.of_kind("participation")
            .into_iter()
            .filter_map(|i| serde_json::from_str::<rules::Participation>(&i.data).ok())
            .map(|p| Attendance { cycle: p.cycle, sessions: p.sessions, reports: p.reports, onsite: p.onsite, online: p.online })
            .collect()
    }

    fn addressed(&self, item: &Item) -> Vec<rules::Addressee> {
        serde_json::from_str::<rules::Recommendation>(&item.data).map(|r| r.addressed).unwrap_or_default()
    }

    fn cycle_of(&self, item: &Item) -> String {
        serde_json::from_str::<serde_json::Value>(&item.data).ok().and_then(|v| v["cycle"].as_str().map(str::to_string)).unwrap_or_default()
    }

    fn markdown(&self, text: &str) -> String {
        agora_domain::markdown::render(text)
    }

    fn when(&self, at: &Option<i64>) -> String {
        at.map_or_else(String::new, dates::day_time)
    }

    fn fingerprint(&self, key: &str) -> String {
        fingerprint(key)
    }
}

async fn nri_viewer(app: &App, page: &Page, id: i64) -> Result<Viewer, AppError> {
    let viewer = viewer(app, page, id).await?;
    if viewer.group.kind != "nri" {
        return Err(AppError::NotFound);
    }
    Ok(viewer)
}

async fn group_page(app: &App, page: Page, viewer: Viewer, form: Option<SubscribeForm>) -> Result<GroupPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let subscription = store::get(&mut conn, viewer.group.id).await?;
    let items = store::items(&mut conn, viewer.group.id).await?;
    let form = form.unwrap_or_else(|| match &subscription {
        Some(s) => SubscribeForm { url: s.url.clone(), public_key: s.public_key.clone(), errors: Vec::new() },
        None => SubscribeForm::default(),
    });
    Ok(GroupPage { page, viewer, subscription, items, form })
}

async fn group_feed(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let viewer = nri_viewer(&app, &page, id).await?;
    Ok(html(&group_page(&app, page, viewer, None).await?))
}

async fn subscribe(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let viewer = nri_viewer(&app, &page, id).await?;
    viewer.require_lead()?;
    let user_id = page.require_user()?.id;
    let mut typed =
        SubscribeForm { url: form.get("url").trim().into(), public_key: form.get("public_key").trim().into(), errors: Vec::new() };
    if typed.url.is_empty() || !agora_domain::is_web_link_or_empty(&typed.url) {
        typed.errors.push(("url".into(), page.t("federation-invalid-url")));
    }
    if rules::parse_key(&typed.public_key).is_none() {
        typed.errors.push(("public_key".into(), page.t("federation-invalid-key")));
    }
    if !typed.errors.is_empty() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&group_page(&app, page, viewer, Some(typed)).await?)).into_response());
    }
    let mut tx = app.db.begin().await?;
    store::subscribe(&mut tx, id, &typed.url, &typed.public_key, user_id).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/groups/{id}/feed"))).into_response())
}

async fn fetch_now(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let viewer = nri_viewer(&app, &page, id).await?;
    viewer.require_lead()?;
    fetch(&app, id).await?;
    Ok(Redirect::to(&page.href(&format!("/groups/{id}/feed"))).into_response())
}

#[derive(Serialize)]
struct GroupFeedJson {
    group_id: i64,
    subscription: Option<Subscription>,
    items: Vec<ItemJson>,
}

#[derive(Serialize)]
struct ItemJson {
    kind: String,
    key: String,
    item: serde_json::Value,
    received_at: i64,
}

/// An NRI group's subscription and what its last verified feed said.
#[utoipa::path(get, path = "/api/groups/{id}/feed", tag = "federation", params(("id" = i64, Path)),
    responses((status = 200, description = "the subscription and the received annual reports, Messages, recommendations and participation"),
              (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn group_feed_api(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let viewer = nri_viewer(&app, &page, id).await?;
    let mut conn = app.db.acquire().await?;
    let subscription = store::get(&mut conn, viewer.group.id).await?;
    let items = store::items(&mut conn, viewer.group.id)
        .await?
        .into_iter()
        .map(|i| ItemJson {
            item: serde_json::from_str(&i.data).unwrap_or_default(),
            kind: i.kind,
            key: i.item_key,
            received_at: i.received_at,
        })
        .collect();
    Ok(axum::Json(GroupFeedJson { group_id: id, subscription, items }).into_response())
}

//! Agora's web layer: server-rendered pages and the JSON API over HTTP (axum), with the cross-cutting parts
//! every capability uses — the language of a request, sessions and roles, CSRF-checked forms, rate limits,
//! security headers, errors rendered in one place, the mail worker and the cache of public pages.

mod accounts;
mod admin;
mod alignment;
mod api;
mod auth;
mod bilaterals;
mod bodies;
mod cache;
mod charts;
pub mod consultations;
mod cycle_statistics;
mod cycles;
mod dates;
mod decisions;
mod directory;
mod discussions;
mod documents;
mod error;
mod evaluation;
pub mod export;
mod federation;
mod floor;
mod forms;
mod frab;
mod groups;
mod home;
pub mod i18n;
mod insights;
mod json_api;
#[cfg(test)]
mod layering;
pub mod mail;
mod meeting;
mod meetings;
mod messages;
mod open_data;
mod operations;
mod page;
mod programme;
mod proposals;
mod recommendations;
mod record;
mod reference;
mod reminders;
mod reports;
pub mod search;
mod security;
mod statistics;
mod stocktaking;
mod tracks;
mod translations;
mod travel_support;
mod village;

use agora_store::Db;
use axum::Router;
use axum::routing::get;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use tower::Layer;

pub use agora_domain::accounts::Action;
pub use auth::{Limit, RateLimits};
pub use error::AppError;

/// Every file below a folder of this crate (templates, sources), for tests that read them all.
#[cfg(test)]
pub(crate) fn files_under(relative: &str) -> Vec<PathBuf> {
    let mut stack = vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)];
    let mut files = Vec::new();
    while let Some(dir) = stack.pop() {
        for path in std::fs::read_dir(&dir).unwrap().map(|entry| entry.unwrap().path()) {
            if path.is_dir() { stack.push(path) } else { files.push(path) }
        }
    }
    files
}

/// A query-string value, percent-encoded.
pub(crate) fn query_value(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// What the server needs to run; every field has a default that works with no configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where links in mails point, e.g. `https://igf.example.org`.
    pub public_url: String,
    /// `smtp://host:port`, `smtps://user:pass@host` …; `None` writes mails to `outbox_dir`.
    pub smtp_url: Option<String>,
    pub mail_from: String,
    pub outbox_dir: PathBuf,
    /// Mark cookies `Secure` (set when served over HTTPS).
    pub secure_cookies: bool,
    /// How many reverse proxies in front of this node append to `X-Forwarded-For`; 0 ignores the header. The
    /// client address is the entry the outermost trusted proxy appended (see `auth::forwarded_client`).
    pub trusted_proxies: usize,
    pub rate_limits: auth::RateLimits,
    /// How often the public record's tree head is signed when entries wait (sooner after 100 entries).
    pub record_sign_interval: std::time::Duration,
    /// How often the reminders of overdue reports and unanswered recommendations are looked for.
    pub reminder_interval: std::time::Duration,
    /// The folder of this node's search index; `None` keeps it in memory (rebuilt at every start).
    pub index_dir: Option<PathBuf>,
    /// How often the feeds NRI groups subscribe to are fetched.
    pub feed_interval: std::time::Duration,
}

impl Config {
    pub fn new(public_url: &str) -> Config {
        Config {
            public_url: public_url.trim_end_matches('/').to_string(),
            smtp_url: None,
            mail_from: "Agora <agora@localhost>".into(),
            outbox_dir: PathBuf::from("outbox"),
            secure_cookies: public_url.starts_with("https://"),
            trusted_proxies: 0,
            rate_limits: auth::RateLimits::default(),
            record_sign_interval: std::time::Duration::from_secs(60),
            reminder_interval: std::time::Duration::from_secs(15 * 60),
            index_dir: None,
            feed_interval: std::time::Duration::from_secs(60 * 60),
        }
    }
}

/// The application state every handler shares.
#[derive(Clone)]
pub struct App(Arc<AppInner>);

pub struct AppInner {
    pub db: Db,
    pub config: Config,
    secret: Vec<u8>,
    limiter: auth::RateLimiter,
    mail_wakeup: tokio::sync::Notify,
    cache: cache::PublicCache,
    metrics: operations::Metrics,
    submissions: consultations::writer::SubmissionWriter,
    /// This node's copy of the searchable archive, kept current from the public record.
    pub archive: Arc<agora_search::Archive>,
    /// This node's insights (topics, emerging issues), rebuilt when the public record moves on.
    pub insights: agora_app::insights::Insights,
}

impl std::ops::Deref for App {
    type Target = AppInner;
    fn deref(&self) -> &AppInner {
        &self.0
    }
}

impl App {
    pub async fn new(db: Db, config: Config) -> Result<App, AppError> {
        let mut conn = db.acquire().await?;
        let secret = agora_store::settings::get_or_init(&mut conn, "server.secret", || auth::random_token(32)).await?;
        drop(conn);
        // A new forum's registry starts with the main Internet bodies.
        let mut tx = db.begin().await?;
        agora_store::bodies::seed(&mut tx).await?;
        tx.commit().await?;
        let submissions = consultations::writer::SubmissionWriter::start(db.clone());
        let archive = Arc::new(search::open_archive(config.index_dir.as_deref())?);
        Ok(App(Arc::new(AppInner {
            archive,
            db,
            limiter: auth::RateLimiter::new(config.rate_limits.clone()),
            config,
            secret: secret.into_bytes(),
            mail_wakeup: tokio::sync::Notify::new(),
            cache: cache::PublicCache::default(),
            metrics: operations::Metrics::default(),
            submissions,
            insights: agora_app::insights::Insights::default(),
        })))
    }
}

/// Every route of the site; the language prefix (`/fr/…`) is stripped before routing by [`i18n::language`].
pub fn router(app: App) -> Router {
    Router::new()
        .route("/", get(home::home))
        .route("/privacy", get(page::privacy))
        .route("/static/agora.css", get(page::stylesheet))
        .route("/static/local-time.js", get(page::local_time_script))
        .merge(accounts::routes())
        .merge(directory::routes())
        .merge(statistics::routes())
        .merge(reference::routes())
        .merge(admin::routes())
        .merge(cycles::routes())
        .merge(consultations::routes())
        .merge(proposals::routes())
        .merge(programme::routes())
        .merge(reports::routes())
        .merge(cycle_statistics::routes())
        .merge(alignment::routes())
        .merge(messages::routes())
        .merge(bodies::routes())
        .merge(groups::routes())
        .merge(federation::routes())
        .merge(decisions::routes())
        .merge(discussions::routes())
        .merge(documents::routes())
        .merge(meetings::routes())
        .merge(meeting::routes())
        .merge(floor::routes())
        .merge(bilaterals::routes())
        .merge(village::routes())
        .merge(travel_support::routes())
        .merge(recommendations::routes())
        .merge(stocktaking::routes())
        .merge(translations::routes())
        .merge(tracks::routes())
        .merge(frab::routes())
        .merge(evaluation::routes())
        .merge(record::routes())
        .merge(open_data::routes())
        .merge(search::routes())
        .merge(insights::routes())
        .merge(api::routes())
        .merge(operations::routes())
        .route_layer(axum::middleware::from_fn_with_state(app.clone(), operations::measure))
        .fallback(|| async { AppError::NotFound })
        // Inside the error renderer, so that a body over the limit is answered like every other error.
        .layer(tower_http::limit::RequestBodyLimitLayer::new(256 * 1024))
        // The meeting's registration form carries a badge photo: its own, larger limit (outside the one above).
        .merge(meeting::upload_routes())
        .layer(axum::middleware::from_fn_with_state(app.clone(), error::render_errors))
        .layer(axum::middleware::from_fn_with_state(app.clone(), auth::visitor_cookie))
        .layer(axum::middleware::from_fn_with_state(app.clone(), security::headers))
        .layer(axum::middleware::from_fn_with_state(app.clone(), cache::serve_encoded))
        .layer(tower_http::compression::CompressionLayer::new())
        .with_state(app)
}

/// Serves until the process is stopped, with the mail worker beside it.
pub async fn serve(app: App, listener: tokio::net::TcpListener) -> std::io::Result<()> {
    // A head is signed before the first request is answered, so `agora verify` passes the moment a forum answers
    // (a fresh forum, or entries left waiting by the last stop).
    if let Err(e) = record::sign_now(&app).await {
        tracing::warn!(error = %e, "signing the record at start failed; the signer will retry");
    }
    tokio::spawn(mail::worker(app.clone()));
    tokio::spawn(record::signer(app.clone()));
    tokio::spawn(reminders::worker(app.clone()));
    tokio::spawn(search::indexer(app.clone()));
    tokio::spawn(insights::keep_current(app.clone()));
    tokio::spawn(federation::worker(app.clone()));
    let service = axum::middleware::from_fn(i18n::language).layer(router(app));
    let service = axum::ServiceExt::<axum::extract::Request>::into_make_service_with_connect_info::<SocketAddr>(service);
    let listener = axum::serve::ListenerExt::tap_io(listener, tune_connection);
    axum::serve(listener, service).with_graceful_shutdown(shutdown_signal()).await
}

/// Responses are written whole, so Nagle's algorithm would only delay their last segment.
fn tune_connection(tcp: &mut tokio::net::TcpStream) {
    let _ = tcp.set_nodelay(true);
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM handler");
        tokio::select! { _ = ctrl_c => {}, _ = term.recv() => {} }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}

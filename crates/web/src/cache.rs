//! Public pages and facts served from memory, valid while the public record's head is unchanged.
//!
//! This node invalidates at once after its own writes; changes made through another node are seen at the next
//! check of the record's head, at most [`RECHECK`] later. A cached body is also kept gzip-compressed, made once,
//! for the clients that accept it (browsers and conference apps all do): compressing a 100 KB schedule.xml on
//! every request would cost more than everything else the request does.

use crate::{App, AppError};
use agora_store::{organizations, participants, record, settings};
use axum::body::Bytes;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

pub const RECHECK: Duration = Duration::from_millis(500);

/// The forum's identity, as its admins set it.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    pub name: String,
    pub intro: String,
    pub intro_html: String,
    pub privacy: String,
    pub privacy_html: String,
}

impl Identity {
    pub fn display_name(&self) -> &str {
        if self.name.is_empty() { "Agora" } else { &self.name }
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Summary {
    pub participants: i64,
    pub organizations: usize,
    pub countries: usize,
}

#[derive(Default)]
pub struct PublicCache {
    state: RwLock<State>,
}

#[derive(Default)]
struct State {
    head: i64,
    checked: Option<Instant>,
    identity: Option<Arc<Identity>>,
    summary: Option<Summary>,
    pages: HashMap<String, axum::body::Bytes>,
    register: Option<Arc<RegisterIndex>>,
}

/// The stocktaking register's validated projects, newest first: their ids and packed facets.
pub type RegisterIndex = (Vec<i64>, Vec<agora_domain::stocktaking::Facets>);

impl PublicCache {
    /// Forgets everything: called after this node commits a public change.
    pub fn invalidate(&self) {
        let mut state = self.state.write().unwrap_or_else(|p| p.into_inner());
        *state = State::default();
    }

    /// Drops what was built before the current head of the public record.
    async fn revalidate(&self, app: &App) {
        let fresh = self.state.read().unwrap_or_else(|p| p.into_inner()).checked.is_some_and(|t| t.elapsed() < RECHECK);
        if fresh {
            return;
        }
        let head = match app.db.acquire().await {
            Ok(mut conn) => record::head(&mut conn).await.unwrap_or(-1),
            Err(_) => -1,
        };
        let mut state = self.state.write().unwrap_or_else(|p| p.into_inner());
        if state.head != head {
            *state = State { head, ..State::default() };
        }
        state.checked = Some(Instant::now());
    }

    pub async fn identity(&self, app: &App) -> Arc<Identity> {
        self.revalidate(app).await;
        if let Some(identity) = self.state.read().unwrap_or_else(|p| p.into_inner()).identity.clone() {
            return identity;
        }
        let identity = Arc::new(load_identity(app).await.unwrap_or_default());
        self.state.write().unwrap_or_else(|p| p.into_inner()).identity = Some(identity.clone());
        identity
    }

    pub async fn summary(&self, app: &App) -> Result<Summary, AppError> {
        self.revalidate(app).await;
        if let Some(summary) = self.state.read().unwrap_or_else(|p| p.into_inner()).summary {
            return Ok(summary);
        }
        let mut conn = app.db.acquire().await?;
        let facts = agora_store::stats::registrations(&mut conn).await?;
        let mut countries: Vec<&str> = facts.iter().map(|f| f.country.as_str()).collect();
        countries.sort_unstable();
        countries.dedup();
        let summary = Summary {
            participants: participants::count_active(&mut conn).await?,
            organizations: organizations::list(&mut conn, &Default::default(), i64::MAX, 0).await?.len(),
            countries: countries.len(),
        };
        self.state.write().unwrap_or_else(|p| p.into_inner()).summary = Some(summary);
        Ok(summary)
    }

    /// The register's facets, loaded by `load` when missing or stale (a validation is on the public record).
    pub async fn register<F, Fut>(&self, app: &App, load: F) -> Result<Arc<RegisterIndex>, AppError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<RegisterIndex, AppError>>,
    {
        self.revalidate(app).await;
        if let Some(index) = self.state.read().unwrap_or_else(|p| p.into_inner()).register.clone() {
            return Ok(index);
        }
        let index = Arc::new(load().await?);
        self.state.write().unwrap_or_else(|p| p.into_inner()).register = Some(index.clone());
        Ok(index)
    }

    /// A public response of `content_type` whose body is kept under `key`, built by `render` when missing or
    /// stale; [`serve_encoded`] sends it compressed to the clients that accept gzip.
    pub async fn respond<F, Fut>(&self, app: &App, key: String, content_type: &'static str, render: F) -> Result<Response, AppError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Vec<u8>, AppError>>,
    {
        let body = self.page(app, &key, render).await?;
        let mut response = crate::export::bytes_response(content_type, body.clone());
        response.extensions_mut().insert(Cached { key, body });
        Ok(response)
    }

    /// A public body under `key`, built by `render` when missing or stale.
    pub async fn page<F, Fut>(&self, app: &App, key: &str, render: F) -> Result<Bytes, AppError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Vec<u8>, AppError>>,
    {
        self.revalidate(app).await;
        if let Some(body) = self.state.read().unwrap_or_else(|p| p.into_inner()).pages.get(key).cloned() {
            return Ok(body);
        }
        // The forum's zone comes with its identity: a body is never rendered before it is loaded, whichever
        // request comes first after a start or a change of the settings.
        self.identity(app).await;
        // Bytes are shared, not copied, by every response that serves them.
        let body = Bytes::from(render().await?);
        self.state.write().unwrap_or_else(|p| p.into_inner()).pages.insert(key.to_string(), body.clone());
        Ok(body)
    }

    /// The gzip form of the body cached under `key`, compressed the first time it is asked for.
    async fn gzipped(&self, cached: Cached) -> Bytes {
        let key = format!("{}\u{0}gzip", cached.key);
        if let Some(body) = self.state.read().unwrap_or_else(|p| p.into_inner()).pages.get(&key).cloned() {
            return body;
        }
        let identity = cached.body.clone();
        let compressed = match tokio::task::spawn_blocking(move || gzip(&identity)).await {
            Ok(compressed) => Bytes::from(compressed),
            Err(_) => return Bytes::new(),
        };
        let mut state = self.state.write().unwrap_or_else(|p| p.into_inner());
        // Kept only while the body it was made from is still the one cached: the record may have moved meanwhile.
        if state.pages.get(&cached.key).is_some_and(|body| body.as_ptr() == cached.body.as_ptr()) {
            state.pages.insert(key, compressed.clone());
        }
        compressed
    }
}

/// A cached body on its way out, for [`serve_encoded`].
#[derive(Clone)]
struct Cached {
    key: String,
    body: Bytes,
}

fn gzip(body: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::with_capacity(body.len() / 4), flate2::Compression::default());
    // Writing to memory cannot fail.
    let _ = encoder.write_all(body);
    encoder.finish().unwrap_or_default()
}

/// Whether a client's `Accept-Encoding` takes gzip (`gzip` or `*`, without `q=0`).
fn accepts_gzip(headers: &HeaderMap) -> bool {
    let Some(accepted) = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    accepted.split(',').any(|item| {
        let mut parts = item.split(';').map(str::trim);
        let coding = parts.next().unwrap_or("");
        let refused = parts.any(|p| p.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()) == Some(0.0));
        (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !refused
    })
}

/// Serves cached public responses gzip-compressed from memory to the clients that accept it; every other
/// response passes on (to the compression layer, which compresses per response).
pub async fn serve_encoded(axum::extract::State(app): axum::extract::State<App>, request: Request, next: Next) -> Response {
    let gzip = accepts_gzip(request.headers());
    let mut response = next.run(request).await;
    let Some(cached) = response.extensions_mut().remove::<Cached>() else {
        return response;
    };
    response.headers_mut().append(header::VARY, HeaderValue::from_static("accept-encoding"));
    if !gzip || response.status() != StatusCode::OK {
        return response;
    }
    let compressed = app.cache.gzipped(cached).await;
    if compressed.is_empty() {
        return response;
    }
    let (mut parts, _) = response.into_parts();
    parts.headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, axum::body::Body::from(compressed))
}

async fn load_identity(app: &App) -> Result<Identity, AppError> {
    let mut conn = app.db.acquire().await?;
    let values: HashMap<String, String> = settings::all(&mut conn).await?.into_iter().collect();
    let get = |k: &str| values.get(k).cloned().unwrap_or_default();
    let (intro, privacy) = (get("forum.intro"), get("forum.privacy"));
    // The forum's clock: every date and time the pages and exports show is in this zone.
    crate::dates::set_zone(&get("forum.time_zone"));
    Ok(Identity {
        name: get("forum.name"),
        intro_html: agora_domain::markdown::render(&intro),
        intro,
        privacy_html: agora_domain::markdown::render(&privacy),
        privacy,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> bool {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
        accepts_gzip(&headers)
    }

    #[test]
    fn gzip_is_served_only_when_accepted() {
        assert!(accept("gzip, deflate, br"));
        assert!(accept("br;q=1.0, GZIP;q=0.5"));
        assert!(accept("*"));
        assert!(!accept("gzip;q=0"));
        assert!(!accept("br, deflate"));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }

    #[test]
    fn the_gzip_form_inflates_to_the_body() {
        let body = "<schedule>".repeat(1000);
        let mut inflated = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gzip(body.as_bytes())[..]), &mut inflated).unwrap();
        assert_eq!(inflated, body);
    }
}

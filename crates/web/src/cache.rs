//! Public pages and facts served from memory, valid while the public record's head is unchanged.
//!
//! This node invalidates at once after its own writes; changes made through another node are seen at the next
//! check of the record's head, at most [`RECHECK`] later.

use crate::{App, AppError};
use agora_store::{organizations, participants, record, settings};
use std::collections::HashMap;
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
}

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

    /// A public response body under `key`, built by `render` when missing or stale.
    pub async fn page<F, Fut>(&self, app: &App, key: String, render: F) -> Result<axum::body::Bytes, AppError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Vec<u8>, AppError>>,
    {
        self.revalidate(app).await;
        if let Some(body) = self.state.read().unwrap_or_else(|p| p.into_inner()).pages.get(&key).cloned() {
            return Ok(body);
        }
        // Bytes are shared, not copied, by every response that serves them.
        let body = axum::body::Bytes::from(render().await?);
        self.state.write().unwrap_or_else(|p| p.into_inner()).pages.insert(key, body.clone());
        Ok(body)
    }
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

//! The search page and API over the searchable archive (agora-search), and the worker that keeps this node's
//! index current: it tails the public record every 300 ms and re-indexes the subjects the new entries name, so a
//! public change is searchable within a second on every node, each with its own index.

use crate::charts::{Bar, bar_chart};
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_search::sources::{self, Scope};
use agora_search::{Archive, FacetCount, Hit, MAX_PAGE_SIZE, Request, Results};
use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/search", get(search_page))
        .route("/api/search", get(search_api))
        .route("/api/search/trend", get(trend_api))
        .route("/api/search/related", get(related_api))
}

impl From<agora_search::SearchError> for AppError {
    fn from(e: agora_search::SearchError) -> AppError {
        AppError::Internal(e.to_string())
    }
}

/// Opens the node's index (in memory without a folder). A folder that cannot be used (another process holds its
/// lock: two nodes given the same folder, or `agora reindex` running) leaves the node serving with an index in
/// memory, rebuilt from the database: the index is only ever a copy.
pub fn open_archive(dir: Option<&Path>) -> Result<Archive, AppError> {
    Ok(match dir {
        Some(dir) => Archive::open(dir).or_else(|e| {
            tracing::warn!(error = %e, dir = %dir.display(), "the search index folder cannot be used; indexing in memory");
            Archive::in_memory()
        })?,
        None => Archive::in_memory()?,
    })
}

/// How often the public record is looked at for changes to index.
const TAIL_INTERVAL: std::time::Duration = std::time::Duration::from_millis(300);

/// Keeps the index current: a full rebuild if it has never seen the record, then the record's new entries.
pub async fn indexer(app: App) {
    if app.archive.position().unwrap_or(0) == 0
        && let Err(e) = agora_app::search::rebuild(&app.db, &app.archive, |_, _| {}).await
    {
        tracing::warn!(error = %e, "building the search index failed");
    }
    loop {
        tokio::time::sleep(TAIL_INTERVAL).await;
        if let Err(e) = catch_up(&app).await {
            tracing::warn!(error = %e, "indexing the public record failed");
        }
    }
}

/// Indexes the subjects of the record entries this node has not seen yet.
async fn catch_up(app: &App) -> Result<(), AppError> {
    let position = app.archive.position()?;
    let mut conn = app.db.acquire().await?;
    let mut entries = agora_store::record::after(&mut conn, position, 1000).await?;
    entries.truncate(settled(position, &entries, agora_store::now()));
    let Some(last) = entries.last().map(|e| e.id) else { return Ok(()) };
    let subjects: BTreeSet<(String, i64)> =
        entries.into_iter().filter(|e| sources::indexed_subject(&e.subject_type)).map(|e| (e.subject_type, e.subject_id)).collect();
    for (subject_type, id) in &subjects {
        app.archive.forget(&[format!("{subject_type}:{id}")]);
        app.archive.add(sources::load(&mut conn, Scope::Subject(subject_type, *id)).await?)?;
    }
    drop(conn);
    Ok(agora_app::search::commit(&app.archive, last).await?)
}

/// How long a gap in the record's ids may be an entry still being committed (on PostgreSQL, transactions commit
/// in any order); after that it is an id a rolled-back transaction used, and is passed over.
const GAP_GRACE_SECS: i64 = 10;

/// How many of the entries after `position` can be indexed now: up to the first gap in their ids that is recent
/// enough to be a transaction still committing, whose entry would otherwise be skipped for ever.
fn settled(position: i64, entries: &[agora_store::record::Entry], now: i64) -> usize {
    let mut previous = position;
    for (i, entry) in entries.iter().enumerate() {
        if entry.id != previous + 1 && entry.at > now - GAP_GRACE_SECS {
            return i;
        }
        previous = entry.id;
    }
    entries.len()
}

/// The query string of the page and the API; numbers are read leniently (a bad one is the default).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct SearchQuery {
    q: String,
    kind: String,
    year: String,
    group: String,
    region: String,
    lang: String,
    theme: String,
    action_line: String,
    sdg: String,
    sort: String,
    page: String,
    per_page: String,
}

impl SearchQuery {
    fn request(&self) -> Request {
        Request {
            q: self.q.chars().take(500).collect(),
            kind: self.kind.clone(),
            year: self.year.clone(),
            group: self.group.clone(),
            region: self.region.clone(),
            lang: self.lang.clone(),
            theme: self.theme.clone(),
            action_line: self.action_line.clone(),
            sdg: self.sdg.clone(),
            by_date: self.sort == "date",
            page: self.page.parse().unwrap_or(1).max(1),
            per_page: self.per_page.parse().unwrap_or(20usize).clamp(1, MAX_PAGE_SIZE),
        }
    }
}

async fn run(app: &App, request: Request) -> Result<Results, AppError> {
    let archive = app.archive.clone();
    tokio::task::spawn_blocking(move || archive.search(&request)).await.map_err(|e| AppError::Internal(e.to_string()))?.map_err(Into::into)
}

/// `GET /api/search`: the same search as the page, as JSON (`snippet_html` is escaped text with `<mark>`).
#[utoipa::path(get, path = "/api/search", tag = "search",
    params(("q" = Option<String>, Query, description = "words, \"a phrase\", a OR b, -word, NOT word, (grouping); a malformed query falls back to its plain words"),
           ("kind" = Option<String>, Query), ("year" = Option<String>, Query), ("group" = Option<String>, Query), ("region" = Option<String>, Query),
           ("lang" = Option<String>, Query), ("theme" = Option<String>, Query),
           ("action_line" = Option<String>, Query, description = "a WSIS action line: C1 … C11, C7/e-health"),
           ("sdg" = Option<String>, Query, description = "a Sustainable Development Goal: 1 … 17"), ("sort" = Option<String>, Query, description = "date: newest first"),
           ("page" = Option<String>, Query), ("per_page" = Option<String>, Query, description = "at most 50")),
    responses((status = 200, description = "hits with snippets, the total, facet counts and whether the query fell back"), (status = 400, body = crate::json_api::ApiError)))]
pub(crate) async fn search_api(State(app): State<App>, Query(query): Query<SearchQuery>) -> Result<Response, AppError> {
    Ok(axum::Json(run(&app, query.request()).await?).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct TrendQuery {
    q: String,
    kind: String,
}

/// `GET /api/search/trend?q=`: how many documents match in each year, oldest first.
#[utoipa::path(get, path = "/api/search/trend", tag = "search",
    params(("q" = Option<String>, Query), ("kind" = Option<String>, Query)),
    responses((status = 200, description = "matching documents per year, oldest first"), (status = 400, body = crate::json_api::ApiError)))]
pub(crate) async fn trend_api(State(app): State<App>, Query(query): Query<TrendQuery>) -> Result<Response, AppError> {
    let archive = app.archive.clone();
    let (years, fallback) = tokio::task::spawn_blocking(move || archive.trend(&query.q, &query.kind))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))??;
    let years: Vec<_> = years.into_iter().map(|(year, count)| serde_json::json!({ "year": year, "count": count })).collect();
    Ok(axum::Json(serde_json::json!({ "years": years, "fallback": fallback })).into_response())
}

/// How many related items a document page lists.
const RELATED_ON_PAGES: usize = 5;

/// The items most like one item of the archive, for the "More like this" list of its page: empty when the index
/// has none (or cannot answer, which is logged: a page never fails for its related items).
pub async fn related(app: &App, kind: &str, id: i64) -> Vec<Hit> {
    let archive = app.archive.clone();
    let kind = kind.to_string();
    match tokio::task::spawn_blocking(move || archive.related(&kind, id, RELATED_ON_PAGES)).await {
        Ok(Ok(hits)) => hits,
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "related items");
            Vec::new()
        }
        Err(e) => {
            tracing::warn!(error = %e, "related items");
            Vec::new()
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct RelatedQuery {
    kind: String,
    id: String,
}

/// `GET /api/search/related?kind=report&id=12`: the items most like one item of the archive ("more like this").
#[utoipa::path(get, path = "/api/search/related", tag = "search",
    params(("kind" = String, Query), ("id" = String, Query)),
    responses((status = 200, description = "the items most like this one"), (status = 400, body = crate::json_api::ApiError), (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn related_api(State(app): State<App>, Query(query): Query<RelatedQuery>) -> Result<Response, AppError> {
    let id: i64 = query.id.parse().map_err(|_| AppError::BadRequest("id must be a number".into()))?;
    let archive = app.archive.clone();
    let hits = tokio::task::spawn_blocking(move || archive.related(&query.kind, id, 10))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))??;
    Ok(axum::Json(serde_json::json!({ "hits": hits })).into_response())
}

#[derive(Template)]
#[template(path = "search/results.html")]
struct SearchPage {
    page: Page,
    query: SearchQuery,
    /// The query as searched: its filters are what the page's links keep.
    request: Request,
    results: Results,
}

/// A facet value as the page shows it: its label, count, and the link that applies or removes it.
struct FacetLink {
    label: String,
    count: u64,
    href: String,
    active: bool,
}

impl SearchPage {
    fn searched(&self) -> bool {
        !self.query.q.trim().is_empty() || self.filters().iter().any(|(_, v)| !v.is_empty())
    }

    fn filters(&self) -> [(&'static str, &str); 8] {
        self.request.filters()
    }

    /// The page's URL with some parameters changed ("" removes one); the page number starts again unless set.
    fn link(&self, changes: &[(&str, &str)]) -> String {
        let mut params: Vec<(&str, String)> = vec![("q", self.query.q.clone()), ("sort", self.query.sort.clone())];
        params.extend(self.filters().iter().map(|(k, v)| (*k, v.to_string())));
        for (key, value) in changes {
            match params.iter_mut().find(|(k, _)| k == key) {
                Some(param) => param.1 = value.to_string(),
                None => params.push((key, value.to_string())),
            }
        }
        let query: Vec<String> =
            params.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", crate::query_value(v))).collect();
        format!("{}?{}", self.page.href("/search"), query.join("&"))
    }

    fn facet_title(&self, facet: &FacetCount) -> String {
        self.page.t(&format!("search-facet-{}", facet.name))
    }

    fn facet_links(&self, facet: &FacetCount) -> Vec<FacetLink> {
        let current = self.filters().iter().find(|(k, _)| *k == facet.name).map(|(_, v)| v.to_string()).unwrap_or_default();
        facet
            .values
            .iter()
            .take(20)
            .map(|v| FacetLink {
                label: self.value_label(&facet.name, &v.value),
                count: v.count,
                active: v.value == current,
                href: self.link(&[(facet.name.as_str(), if v.value == current { "" } else { v.value.as_str() })]),
            })
            .collect()
    }

    fn value_label(&self, facet: &str, value: &str) -> String {
        match facet {
            "kind" => self.page.term("search-kind", value),
            "group" => self.page.term("stakeholder-group", value),
            "lang" => agora_domain::people::Language::ALL
                .iter()
                .find(|l| l.code() == value)
                .map_or(value.to_string(), |l| l.endonym().to_string()),
            "action_line" => agora_domain::reference::action_lines()
                .iter()
                .find(|a| a.id() == value)
                .map_or(value.to_string(), |a| format!("{value} {}", a.title)),
            "region" => agora_domain::reference::region_name(value, self.page.lang.code()).to_string(),
            "sdg" => agora_domain::reference::sdgs_in(self.page.lang.code())
                .iter()
                .find(|g| g.goal.to_string() == value)
                .map_or(value.to_string(), |g| format!("{}. {}", g.goal, g.short)),
            _ => value.to_string(),
        }
    }

    fn kind_label(&self, hit: &Hit) -> String {
        self.page.term("search-kind", &hit.kind)
    }

    fn pages(&self) -> usize {
        self.results.total.min(10_000).div_ceil(self.results.per_page)
    }

    /// Matches per year, oldest first, as an SVG chart and the table of its numbers: the topic's trend.
    fn trend(&self) -> Option<(String, Vec<(String, u64)>)> {
        let years = self.results.facets.iter().find(|f| f.name == "year")?;
        if self.query.q.trim().is_empty() || years.values.len() < 2 {
            return None;
        }
        let mut rows: Vec<(String, u64)> = years.values.iter().map(|v| (v.value.clone(), v.count)).collect();
        rows.sort();
        let bars: Vec<Bar> = rows.iter().map(|(year, n)| Bar { label: year.clone(), value: Some(*n) }).collect();
        let title = self.page.t("search-trend");
        let description = self.page.t1("search-trend-description", "query", &self.query.q);
        Some((bar_chart("search-trend", &title, &description, &bars, "", self.page.lang.is_right_to_left()), rows))
    }

    fn page_of(&self) -> String {
        self.page.t_with("search-page-of", &[("n", self.results.page.to_string()), ("total", self.pages().max(1).to_string())])
    }

    fn previous(&self) -> Option<String> {
        (self.results.page > 1).then(|| self.link(&[("page", &(self.results.page - 1).to_string())]))
    }

    fn next(&self) -> Option<String> {
        (self.results.page < self.pages()).then(|| self.link(&[("page", &(self.results.page + 1).to_string())]))
    }

    fn json(&self) -> String {
        self.link(&[]).replacen("/search?", "/api/search?", 1)
    }
}

async fn search_page(State(app): State<App>, page: Page, Query(query): Query<SearchQuery>) -> Result<Response, AppError> {
    let request = query.request();
    let results = run(&app, request.clone()).await?;
    Ok(html(&SearchPage { page, query, request, results }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use agora_store::record::Entry;

    fn entry(id: i64, at: i64) -> Entry {
        Entry { id, at, kind: "k".into(), subject_type: "proposal".into(), subject_id: 1, payload: "{}".into() }
    }

    #[test]
    fn a_recent_gap_in_the_record_waits_and_an_old_one_is_passed() {
        let now = 1_000;
        assert_eq!(settled(4, &[entry(5, now), entry(6, now)], now), 2);
        assert_eq!(settled(4, &[entry(5, now), entry(7, now)], now), 1);
        assert_eq!(settled(4, &[entry(6, now)], now), 0);
        assert_eq!(settled(4, &[entry(5, now - 60), entry(7, now - 60), entry(8, now)], now), 3);
    }
}

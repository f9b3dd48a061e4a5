//! Participation statistics: registrations by stakeholder group, UN regional group, development status,
//! gender, first-timers and press, as SVG charts with a data table beside each, CSV and JSON. Counts under
//! the threshold are suppressed by the domain rule (agora_domain::stats).

use crate::charts::{Bar, bar_chart};
use crate::export::{bytes_response, csv_document, csv_response, json_response};
use crate::page::Page;
use crate::{App, AppError};
use agora_domain::stats::{Registration, Tally, participation};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;

/// Counts from 1 to 4 are hidden: with five or more, nobody can be singled out.
pub const SUPPRESSION_THRESHOLD: u64 = 5;

pub fn routes() -> Router<App> {
    Router::new().route("/statistics", get(page)).route("/statistics.csv", get(csv)).route("/api/statistics", get(api))
}

pub(crate) async fn tallies(app: &App) -> Result<Vec<(&'static str, Tally)>, AppError> {
    let mut conn = app.db.acquire().await?;
    let registrations: Vec<Registration> = agora_store::stats::registrations(&mut conn)
        .await?
        .into_iter()
        .map(|f| Registration {
            stakeholder_group: f.stakeholder_group,
            country: f.country,
            gender: f.gender,
            first_time: f.first_time == 1,
            media: f.media == 1,
        })
        .collect();
    Ok(participation(&registrations, SUPPRESSION_THRESHOLD))
}

pub struct Row {
    pub label: String,
    pub count: String,
}

pub struct Section {
    pub id: String,
    pub title: String,
    pub chart: String,
    pub rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "statistics/index.html")]
struct StatisticsPage {
    page: Page,
    total: u64,
    sections: Vec<Section>,
    suppressed_any: bool,
}

async fn page(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    // Anonymous readers all see the same page: served from memory until the public record moves.
    let key = format!("statistics:{}:{}", page.lang.code(), page.prefix);
    if page.user.is_none() {
        return Ok(app.cache.respond(&app, key, "text/html; charset=utf-8", || async { render(&app, page).await }).await?);
    }
    render(&app, page).await.map(|body| bytes_response("text/html; charset=utf-8", body))
}

async fn render(app: &App, page: Page) -> Result<Vec<u8>, AppError> {
    let tallies = tallies(app).await?;
    let total = tallies.first().map_or(0, |(_, t)| t.total);
    let suppressed_label = page.t("statistics-suppressed");
    let sections = tallies
        .iter()
        .map(|(dimension, tally)| {
            let title = page.t(&format!("statistics-by-{dimension}"));
            let bars: Vec<Bar> = tally.cells.iter().map(|c| Bar { label: page.term(dimension, &c.key), value: c.count }).collect();
            let description = page.t1("statistics-chart-description", "total", total);
            let chart =
                bar_chart(&format!("chart-{dimension}"), &title, &description, &bars, &suppressed_label, page.lang.is_right_to_left());
            let rows = bars
                .into_iter()
                .map(|b| Row { label: b.label, count: b.value.map_or_else(|| suppressed_label.clone(), |v| v.to_string()) })
                .collect();
            Section { id: dimension.to_string(), title, chart, rows }
        })
        .collect();
    let suppressed_any = tallies.iter().any(|(_, t)| t.suppressed());
    let view = StatisticsPage { page, total, sections, suppressed_any };
    view.render().map(String::into_bytes).map_err(|e| AppError::Internal(e.to_string()))
}

async fn csv(State(app): State<App>) -> Result<Response, AppError> {
    let tallies = tallies(&app).await?;
    let rows = tallies.iter().flat_map(|(dimension, tally)| {
        tally.cells.iter().map(move |c| {
            vec![dimension.to_string(), c.key.clone(), c.count.map(|n| n.to_string()).unwrap_or_default(), (c.count.is_none()).to_string()]
        })
    });
    let total = tallies.first().map_or(0, |(_, t)| t.total);
    let rows: Vec<Vec<String>> =
        std::iter::once(vec!["total".into(), "registrations".into(), total.to_string(), "false".into()]).chain(rows).collect();
    Ok(csv_response("participation-statistics.csv", csv_document(&["dimension", "category", "count", "suppressed"], rows)))
}

/// Participation statistics, counts from 1 to 4 suppressed.
#[utoipa::path(get, path = "/api/statistics", tag = "statistics", responses((status = 200, description = "total and counts per dimension")))]
pub(crate) async fn api(State(app): State<App>) -> Result<Response, AppError> {
    let tallies = tallies(&app).await?;
    let total = tallies.first().map_or(0, |(_, t)| t.total);
    let dimensions: serde_json::Map<String, serde_json::Value> =
        tallies.into_iter().map(|(d, t)| (d.to_string(), serde_json::to_value(t.cells).unwrap_or_default())).collect();
    Ok(json_response(&serde_json::json!({ "total": total, "suppression_threshold": SUPPRESSION_THRESHOLD, "dimensions": dimensions })))
}

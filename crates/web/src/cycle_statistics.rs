//! A cycle's statistics, made from its own records: attendance onsite and online from the session reports,
//! the reports' estimates by stakeholder group and gender, sessions by type and theme, and where the reports
//! stand, the meeting's accreditation (approved onsite and online, checked in at the desks), who followed sessions in the room, online and at remote hubs (verified attendance from the live pages) and the hubs by region — charts beside tables, CSV and JSON (the seeds' "Participation in …" slides, made automatically).
//! Registrations by group, region, development status, gender and first-timers are on /statistics.

use crate::charts::{Bar, bar_chart};
use crate::export::{csv_document, csv_response};
use crate::page::{Page, html};
use crate::statistics::{Row, Section};
use crate::{App, AppError};
use agora_domain::people::{StakeholderGroup, UnRegionalGroup};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::collections::BTreeMap;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cycles/{id}/statistics", get(page))
        .route("/cycles/{id}/statistics.csv", get(csv))
        .route("/api/cycles/{id}/statistics", get(api))
}

/// Every count of the cycle: `(dimension, [(category, count)])`, categories as codes or names.
async fn counts(app: &App, cycle_id: i64) -> Result<Vec<(&'static str, Vec<(String, u64)>)>, AppError> {
    let mut conn = app.db.acquire().await?;
    let reports = agora_store::reports::of_cycle(&mut conn, cycle_id).await?;
    let sessions = agora_store::programme::sessions(&mut conn, cycle_id).await?;
    let themes = agora_store::cycles::themes(&mut conn, cycle_id).await?;
    // The meeting's accreditation: who was approved to come onsite or online, and who was checked in at a desk.
    let meeting = agora_store::meeting::counts(&mut conn, cycle_id, "").await?;
    // Who followed sessions, with verified attendance, in the room, online or at a remote hub (distinct people),
    // and the remote hubs by UN regional group.
    let followed = agora_store::floor::cycle_attendance(&mut conn, cycle_id).await?;
    let hubs = agora_store::floor::hubs(&mut conn, cycle_id).await?;
    drop(conn);
    let session_attendance = agora_domain::floor::Presence::ALL
        .iter()
        .map(|p| (p.code().to_string(), followed.iter().find(|(m, _)| m == p.code()).map_or(0, |(_, n)| (*n).max(0) as u64)))
        .collect();
    let region = |country: &str| agora_domain::people::country(country).map_or(UnRegionalGroup::NoGroup, |c| c.un_regional_group);
    let hubs_by_region = UnRegionalGroup::ALL
        .iter()
        .map(|g| (g.code().to_string(), hubs.iter().filter(|h| region(&h.country) == *g).count() as u64))
        .filter(|(_, n)| *n > 0)
        .collect();
    let texts: Vec<_> = reports.iter().map(|r| r.text()).collect();
    let sum = |f: &dyn Fn(&agora_domain::reports::ReportText) -> i64| texts.iter().map(f).sum::<i64>().max(0) as u64;
    let attendance = vec![("onsite".to_string(), sum(&|r| r.onsite)), ("online".to_string(), sum(&|r| r.online))];
    let by_group = StakeholderGroup::ALL
        .iter()
        .enumerate()
        .map(|(i, g)| (g.code().to_string(), sum(&|r| r.by_group.get(i).copied().unwrap_or(0))))
        .collect();
    let women = sum(&|r| r.women);
    let gender = vec![("women".to_string(), women), ("others".to_string(), sum(&|r| r.onsite + r.online).saturating_sub(women))];
    let mut types: BTreeMap<String, u64> = BTreeMap::new();
    let mut by_theme: BTreeMap<String, u64> = BTreeMap::new();
    for s in &sessions {
        *types.entry(s.session_type.clone()).or_default() += 1;
        let theme = s.theme_id.and_then(|t| themes.iter().find(|x| x.id == t)).map_or_else(String::new, |t| t.name.clone());
        *by_theme.entry(theme).or_default() += 1;
    }
    let states = crate::reports::rows(app, cycle_id).await?;
    let report_states = ["filed", "filed-late", "overdue", "not-due"]
        .iter()
        .map(|s| (s.to_string(), states.iter().filter(|r| r.state == *s).count() as u64))
        .collect();
    let accredited = |n: i64| n.max(0) as u64;
    let meeting_attendance = vec![
        ("approved-onsite".to_string(), accredited(meeting.approved_onsite)),
        ("approved-online".to_string(), accredited(meeting.approved_online)),
        ("checked-in".to_string(), accredited(meeting.checked_in_ever)),
    ];
    Ok(vec![
        ("attendance", attendance),
        ("meeting-attendance", meeting_attendance),
        ("session-attendance", session_attendance),
        ("hubs-by-region", hubs_by_region),
        ("attendance-by-group", by_group),
        ("attendance-by-gender", gender),
        ("sessions-by-type", types.into_iter().collect()),
        ("sessions-by-theme", by_theme.into_iter().collect()),
        ("reports", report_states),
    ])
}

/// A category's name in the reader's language: codes have a term, theme names are shown as they are.
fn label(page: &Page, dimension: &str, key: &str) -> String {
    match dimension {
        "attendance" | "attendance-by-gender" | "meeting-attendance" => page.t(&format!("cycle-statistics-{key}")),
        "attendance-by-group" => page.term("stakeholder-group", key),
        "session-attendance" => page.term("floor-presence", key),
        "hubs-by-region" => page.term("regional-group", key),
        "sessions-by-type" => page.term("session-type", key),
        "reports" => page.term("report-state", key),
        _ if key.is_empty() => page.t("cycle-statistics-no-theme"),
        _ => key.to_string(),
    }
}

#[derive(Template)]
#[template(path = "statistics/cycle.html")]
struct CyclePage {
    page: Page,
    cycle: agora_store::cycles::Cycle,
    sections: Vec<Section>,
}

async fn page(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let cycle = crate::cycles::load(&app, id).await?;
    let sections = counts(&app, id)
        .await?
        .into_iter()
        .map(|(dimension, cells)| {
            let title = page.t(&format!("cycle-statistics-{dimension}"));
            let bars: Vec<Bar> = cells.iter().map(|(k, n)| Bar { label: label(&page, dimension, k), value: Some(*n) }).collect();
            let total: u64 = cells.iter().map(|(_, n)| n).sum();
            let description = page.t1("statistics-chart-description", "total", total);
            let chart = bar_chart(&format!("chart-{dimension}"), &title, &description, &bars, "", page.lang.is_right_to_left());
            let rows = bars.into_iter().map(|b| Row { label: b.label, count: b.value.unwrap_or(0).to_string() }).collect();
            Section { id: dimension.to_string(), title, chart, rows }
        })
        .collect();
    Ok(html(&CyclePage { page, cycle, sections }))
}

async fn csv(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let rows = counts(&app, id)
        .await?
        .into_iter()
        .flat_map(|(d, cells)| cells.into_iter().map(move |(k, n)| vec![d.to_string(), k, n.to_string()]));
    Ok(csv_response(&format!("cycle-{id}-statistics.csv"), csv_document(&["dimension", "category", "count"], rows.collect::<Vec<_>>())))
}

async fn api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let counts: serde_json::Map<String, serde_json::Value> = counts(&app, id)
        .await?
        .into_iter()
        .map(|(d, cells)| (d.to_string(), cells.into_iter().map(|(k, n)| serde_json::json!({ "category": k, "count": n })).collect()))
        .collect();
    Ok(axum::Json(counts).into_response())
}

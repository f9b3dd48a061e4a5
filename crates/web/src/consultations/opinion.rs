//! The opinion map of a consultation's statements: computed by the Secretariat from the votes (Polis-style
//! PCA and k-means groups, their representative statements and the statements every group agrees on, plus
//! Agora's multistakeholder consensus), stored with the settings and votes it came from, and shown as an
//! SVG map with the same facts in tables.

use super::load;
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_app::consultations::opinion::Stored;
use agora_domain::accounts::Action;
use agora_domain::consultations::opinion::{ConsensusReason, Direction, OpinionMap};
use agora_store::consultations::{self as store, Consultation, Statement};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/consultations/{id}/opinion", get(view).post(compute))
        .route("/api/consultations/{id}/opinion", get(api))
        .route("/api/consultations/{id}/opinion.csv", get(participants_csv))
}

async fn compute(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    load(&app, id).await?;
    agora_app::consultations::opinion::compute(&app.db, id).await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/consultations/{id}/opinion"))).into_response())
}

async fn latest(app: &App, id: i64) -> Result<Option<(i64, Stored)>, AppError> {
    let mut conn = app.db.acquire().await?;
    let Some(map) = store::latest_map(&mut conn, id).await? else { return Ok(None) };
    let stored: Stored = serde_json::from_str(&map.result).map_err(|e| AppError::Internal(format!("stored opinion map: {e}")))?;
    Ok(Some((map.computed_at, stored)))
}

async fn api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    load(&app, id).await?;
    let (_, stored) = latest(&app, id).await?.ok_or_else(|| AppError::NotFoundBecause("no opinion map computed yet".into()))?;
    Ok(axum::Json(stored).into_response())
}

/// The placed participants as CSV, named as on Polis's participants-votes.csv (participant, group-id) so that
/// a map can be checked against Polis or any other tool: the stable public id, the group (0 the largest) and the
/// position on the map.
async fn participants_csv(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    load(&app, id).await?;
    let (_, stored) = latest(&app, id).await?.ok_or_else(|| AppError::NotFoundBecause("no opinion map computed yet".into()))?;
    let mut csv = String::from("participant,group-id,x,y\n");
    for p in &stored.map.participants {
        csv.push_str(&format!("{},{},{},{}\n", p.id, p.group, p.x, p.y));
    }
    Ok(([(axum::http::header::CONTENT_TYPE, "text/csv; charset=utf-8")], csv).into_response())
}

/// Marker shapes, so groups differ by more than colour.
const SHAPES: [&str; 6] = ["circle", "square", "triangle", "diamond", "cross", "star"];
/// At most this many people are drawn; the tables carry every figure.
const MAX_POINTS: usize = 3000;

fn marker(shape: &str, x: f64, y: f64, group: usize) -> String {
    let class = format!("g{}", group % SHAPES.len());
    match shape {
        "square" => format!(r#"<rect class="{class}" x="{:.1}" y="{:.1}" width="6" height="6"/>"#, x - 3.0, y - 3.0),
        "triangle" => format!(r#"<path class="{class}" d="M{x:.1} {:.1}l3.5 6h-7z"/>"#, y - 3.5),
        "diamond" => format!(r#"<path class="{class}" d="M{x:.1} {:.1}l3.5 3.5l-3.5 3.5l-3.5-3.5z"/>"#, y - 3.5),
        "cross" => format!(r#"<path class="{class} line" d="M{:.1} {:.1}l6 6m0-6l-6 6"/>"#, x - 3.0, y - 3.0),
        "star" => format!(
            r#"<path class="{class}" d="M{x:.1} {:.1}l1.2 2.6l2.8 .3l-2.1 1.9l.6 2.8l-2.5-1.4l-2.5 1.4l.6-2.8l-2.1-1.9l2.8-.3z"/>"#,
            y - 4.0
        ),
        _ => format!(r#"<circle class="{class}" cx="{x:.1}" cy="{y:.1}" r="3"/>"#),
    }
}

/// The map as SVG: each placed participant a marker of their group's shape, on the first two components.
fn map_svg(map: &OpinionMap, title: &str, description: &str) -> String {
    const SIZE: f64 = 480.0;
    let points = &map.participants;
    let (min_x, max_x) = points.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.x), b.max(p.x)));
    let (min_y, max_y) = points.iter().fold((f64::MAX, f64::MIN), |(a, b), p| (a.min(p.y), b.max(p.y)));
    let scale = |v: f64, lo: f64, hi: f64| if hi > lo { 20.0 + (v - lo) / (hi - lo) * (SIZE - 40.0) } else { SIZE / 2.0 };
    let step = points.len().div_ceil(MAX_POINTS).max(1);
    let mut svg = format!(
        r#"<svg class="opinion-map" role="img" aria-labelledby="map-title map-desc" viewBox="0 0 {SIZE} {SIZE}" xmlns="http://www.w3.org/2000/svg"><title id="map-title">{}</title><desc id="map-desc">{}</desc><rect class="frame" x="0" y="0" width="{SIZE}" height="{SIZE}"/>"#,
        crate::export::xml_escape(title),
        crate::export::xml_escape(description)
    );
    for p in points.iter().step_by(step) {
        let shape = SHAPES[p.group % SHAPES.len()];
        svg.push_str(&marker(shape, scale(p.x, min_x, max_x), SIZE - scale(p.y, min_y, max_y), p.group));
    }
    svg.push_str("</svg>");
    svg
}

pub struct GroupView {
    pub letter: char,
    pub label: String,
    pub shape: &'static str,
    pub size: usize,
    pub statements: Vec<(String, String, u32, u32)>,
}

pub struct ConsensusView {
    pub text: String,
    pub min_agree: u32,
}

pub struct MultistakeholderView {
    pub text: String,
    pub consensus: bool,
    pub groups: Vec<(String, String)>,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "consultations/opinion.html")]
struct OpinionPage {
    page: Page,
    consultation: Consultation,
    computed: String,
    svg: String,
    groups: Vec<GroupView>,
    consensus: Vec<ConsensusView>,
    multistakeholder: Vec<MultistakeholderView>,
    placed: usize,
    votes: usize,
    silhouette: String,
}

/// Why a statement is, or is not, multistakeholder consensus, in the reader's language.
fn reason_sentence(page: &Page, reason: &ConsensusReason) -> String {
    let args: Vec<(&'static str, String)> = match reason {
        ConsensusReason::Consensus { groups } => vec![("groups", groups.to_string())],
        ConsensusReason::GroupBelowThreshold { group, share, threshold } => vec![
            ("group", page.term("stakeholder-group", group)),
            ("share", percent(*share).to_string()),
            ("threshold", percent(*threshold).to_string()),
        ],
        ConsensusReason::TooFewGroups { heard, minimum } => vec![("heard", heard.to_string()), ("minimum", minimum.to_string())],
    };
    crate::i18n::text_with(page.lang, &format!("opinion-reason-{}", reason.code()), &args)
}

fn percent(share: f64) -> u32 {
    (share * 100.0).round() as u32
}

async fn view(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let consultation = load(&app, id).await?;
    let statements: Vec<Statement> = {
        let mut conn = app.db.acquire().await?;
        store::statements(&mut conn, id).await?
    };
    let text = |sid: i64| statements.iter().find(|s| s.id == sid).map(|s| s.text.clone()).unwrap_or_else(|| format!("#{sid}"));
    let Some((computed_at, stored)) = latest(&app, id).await? else {
        let view = OpinionPage {
            page,
            consultation,
            computed: String::new(),
            svg: String::new(),
            groups: Vec::new(),
            consensus: Vec::new(),
            multistakeholder: Vec::new(),
            placed: 0,
            votes: 0,
            silhouette: String::new(),
        };
        return Ok(html(&view));
    };
    let map = &stored.map;
    let letter = |g: usize| char::from(b'A' + (g % 26) as u8);
    let groups = map
        .groups
        .iter()
        .map(|g| GroupView {
            letter: letter(g.id),
            label: page.t1("opinion-group", "name", letter(g.id)),
            shape: SHAPES[g.id % SHAPES.len()],
            size: g.size,
            statements: g
                .representative
                .iter()
                .map(|r| {
                    (
                        text(r.statement),
                        page.t(if r.direction == Direction::Agree { "opinion-direction-agree" } else { "opinion-direction-disagree" }),
                        percent(r.in_group),
                        percent(r.out_group),
                    )
                })
                .collect(),
        })
        .collect();
    let consensus = map.consensus.iter().map(|c| ConsensusView { text: text(c.statement), min_agree: percent(c.min_agree) }).collect();
    let multistakeholder = stored
        .multistakeholder
        .iter()
        .map(|s| MultistakeholderView {
            text: text(s.statement),
            consensus: s.consensus,
            groups: s
                .groups
                .iter()
                .map(|g| {
                    let figure = if g.heard { format!("{} %", percent(g.share)) } else { page.t("opinion-not-heard") };
                    (page.term("stakeholder-group", &g.stakeholder_group), figure)
                })
                .collect(),
            reason: reason_sentence(&page, &s.reason),
        })
        .collect();
    let description = page.t1("opinion-map-description", "groups", map.groups.len());
    let svg = map_svg(map, &page.t("opinion-map-title"), &description);
    let view = OpinionPage {
        computed: crate::dates::day_time(computed_at),
        svg,
        groups,
        consensus,
        multistakeholder,
        placed: map.participants.len(),
        votes: map.votes,
        silhouette: format!("{:.2}", map.silhouette),
        page,
        consultation,
    };
    Ok(html(&view))
}

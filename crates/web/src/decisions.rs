//! Consensus decisions on the record: a proposal in a group, its discussion, a consensus call with a deadline
//! where members state support, no objection, concern or block — each concern and block with its reason — and
//! the chair's determination with its rationale. The page shows positions by stakeholder group, whether every
//! group among the members was heard and every block; once closed, nothing changes.

use crate::dates;
use crate::export::{csv_document, csv_response};
use crate::forms::FormData;
use crate::groups::{Viewer, current_rules, viewer};
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::groups::{
    CallRefusal, CallSummary, DecisionStatus, Determination, GroupRole, Position, check_position, may_close, summarise,
};
use agora_domain::people::StakeholderGroup;
use agora_store::StoreError;
use agora_store::decisions::{self as store, Decision, StatedPosition};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Serialize;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/groups/{id}/decisions", get(list).post(propose))
        .route("/groups/{id}/decisions.csv", get(list_csv))
        .route("/api/groups/{id}/decisions", get(list_api))
        .route("/decisions/{id}", get(view))
        .route("/api/decisions/{id}", get(view_api))
        .route("/decisions/{id}/call", post(open_call))
        .route("/decisions/{id}/positions", post(state_position))
        .route("/decisions/{id}/close", post(close))
}

#[derive(Default)]
struct ProposalForm {
    title: String,
    proposal: String,
    errors: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "decisions/list.html")]
struct ListPage {
    page: Page,
    viewer: Viewer,
    decisions: Vec<Decision>,
    form: ProposalForm,
}

impl ListPage {
    fn day(&self, at: &i64) -> String {
        dates::day(*at)
    }
}

async fn list_page(app: &App, page: Page, group_id: i64, form: ProposalForm) -> Result<ListPage, AppError> {
    let viewer = viewer(app, &page, group_id).await?;
    let mut conn = app.db.acquire().await?;
    let decisions = store::list(&mut conn, Some(group_id)).await?;
    Ok(ListPage { page, viewer, decisions, form })
}

async fn list(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&list_page(&app, page, id, ProposalForm::default()).await?))
}

#[utoipa::path(get, path = "/api/groups/{id}/decisions", tag = "groups", params(("id" = i64, Path)),
    responses((status = 200, description = "the group's decisions, newest first"), (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn list_api(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let view = list_page(&app, page, id, ProposalForm::default()).await?;
    Ok(axum::Json(view.decisions).into_response())
}

async fn list_csv(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let view = list_page(&app, page, id, ProposalForm::default()).await?;
    let header = ["id", "title", "status", "deadline", "closed_at", "determination", "rationale"];
    let rows = view.decisions.into_iter().map(|d| {
        vec![
            d.id.to_string(),
            d.title,
            d.status,
            d.deadline.map_or(String::new(), dates::day_time),
            d.closed_at.map_or(String::new(), dates::day_time),
            d.determination.unwrap_or_default(),
            d.rationale,
        ]
    });
    Ok(csv_response(&format!("group-{id}-decisions.csv"), csv_document(&header, rows)))
}

/// A member puts a proposal to the group; its discussion thread opens with the text.
async fn propose(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.id;
    let mut view = list_page(&app, page, id, ProposalForm::default()).await?;
    view.viewer.require_member()?;
    view.form.title = form.get("title").trim().to_string();
    view.form.proposal = form.get("proposal").trim().to_string();
    if view.form.title.is_empty() || view.form.title.chars().count() > 200 {
        view.form.errors.push(("title".into(), view.page.t("decision-error-title")));
    }
    if view.form.proposal.is_empty() || view.form.proposal.chars().count() > 20_000 {
        view.form.errors.push(("proposal".into(), view.page.t("decision-error-proposal")));
    }
    if !view.form.errors.is_empty() {
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let mut tx = app.db.begin().await?;
    let decision = store::propose(&mut tx, id, &view.form.title, &view.form.proposal, Some(user)).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/decisions/{decision}"))).into_response())
}

/// What the decision page shows, and the forms' state when one was refused.
#[derive(Template)]
#[template(path = "decisions/view.html")]
struct ViewPage {
    page: Page,
    viewer: Viewer,
    decision: Decision,
    positions: Vec<StatedPosition>,
    summary: CallSummary,
    /// The reader's own position while the call is open.
    mine: Option<StatedPosition>,
    now: i64,
    error: Option<(String, String)>,
    typed_reason: String,
    typed_position: String,
}

impl ViewPage {
    fn markdown(&self, text: &str) -> String {
        agora_domain::markdown::render(text)
    }

    fn when(&self, at: &i64) -> String {
        dates::day_time(*at)
    }

    fn status(&self) -> DecisionStatus {
        DecisionStatus::from_code(&self.decision.status).unwrap_or(DecisionStatus::Discussion)
    }

    fn positions_offered(&self) -> Vec<(&'static str, String, String)> {
        Position::ALL
            .iter()
            .map(|p| (p.code(), self.page.term("position", p.code()), self.page.t(&format!("position-{}-hint", p.code()))))
            .collect()
    }

    fn determinations(&self) -> Vec<(&'static str, String)> {
        Determination::ALL.iter().map(|d| (d.code(), self.page.term("determination", d.code()))).collect()
    }

    fn blocks(&self) -> Vec<&StatedPosition> {
        self.positions.iter().filter(|p| p.position == Position::Block.code()).collect()
    }

    fn error_for(&self, form: &str) -> Option<&str> {
        self.error.as_ref().filter(|(f, _)| f == form).map(|(_, e)| e.as_str())
    }

    fn before_deadline(&self) -> bool {
        self.decision.deadline.is_some_and(|d| self.now < d)
    }
}

async fn view_page(app: &App, page: Page, decision_id: i64) -> Result<ViewPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let decision = store::get(&mut conn, decision_id).await?;
    let positions = store::positions(&mut conn, decision_id).await?;
    let members = agora_store::groups::members(&mut conn, decision.group_id).await?;
    let rules = current_rules(&mut conn).await?;
    drop(conn);
    let viewer = viewer(app, &page, decision.group_id).await?;
    let member_groups: Vec<StakeholderGroup> = members
        .iter()
        .filter(|m| m.role != GroupRole::Observer.code())
        .filter_map(|m| StakeholderGroup::from_code(&m.stakeholder_group))
        .collect();
    let stated: Vec<(StakeholderGroup, Position)> = positions
        .iter()
        .filter_map(|p| Some((StakeholderGroup::from_code(&p.stakeholder_group)?, Position::from_code(&p.position)?)))
        .collect();
    let summary = summarise(&stated, &member_groups, rules.rough_consensus_block_percent);
    let mine = page.user.as_ref().and_then(|u| positions.iter().find(|p| p.participant_id == u.id).cloned());
    Ok(ViewPage {
        page,
        viewer,
        decision,
        positions,
        summary,
        mine,
        now: agora_store::now(),
        error: None,
        typed_reason: String::new(),
        typed_position: String::new(),
    })
}

async fn view(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&view_page(&app, page, id).await?))
}

#[derive(Serialize)]
struct DecisionJson {
    #[serde(flatten)]
    decision: Decision,
    positions: Vec<PositionJson>,
    summary: CallSummary,
}

/// Positions are public with the member's name and stakeholder group: taking one is a public act.
#[derive(Serialize)]
struct PositionJson {
    name: String,
    stakeholder_group: String,
    position: String,
    reason: String,
    at: i64,
}

#[utoipa::path(get, path = "/api/decisions/{id}", tag = "groups", params(("id" = i64, Path)),
    responses((status = 200, description = "a decision with every position and the summary by stakeholder group"),
              (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn view_api(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let v = view_page(&app, page, id).await?;
    let positions = v
        .positions
        .into_iter()
        .map(|p| PositionJson { name: p.name, stakeholder_group: p.stakeholder_group, position: p.position, reason: p.reason, at: p.at })
        .collect();
    Ok(axum::Json(DecisionJson { decision: v.decision, positions, summary: v.summary }).into_response())
}

fn refused(mut view: ViewPage, form: &str, key: &str) -> Response {
    view.error = Some((form.to_string(), view.page.t(key)));
    (StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response()
}

/// A lead opens the consensus call until the end of a day (in the forum's time zone).
async fn open_call(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let view = view_page(&app, page, id).await?;
    view.viewer.require_lead()?;
    let deadline = match dates::parse_day(form.get("deadline")) {
        Some(day) if day + 86_400 > view.now => day + 86_400,
        _ => return Ok(refused(view, "call", "decision-error-deadline")),
    };
    let mut tx = app.db.begin().await?;
    match store::open_call(&mut tx, id, deadline).await {
        Err(StoreError::Conflict) => return Ok(refused(view, "call", "decision-error-not-in-discussion")),
        other => other?,
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/decisions/{id}"))).into_response())
}

/// A member states (or changes) their position while the call is open; concerns and blocks need a reason.
async fn state_position(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let mut view = view_page(&app, page, id).await?;
    let user = view.page.require_user()?.id;
    if !view.viewer.is_member() {
        return Err(AppError::ForbiddenBecause("group-members-only".into()));
    }
    view.typed_position = form.get("position").to_string();
    view.typed_reason = form.get("reason").trim().to_string();
    let Some(position) = Position::from_code(&view.typed_position) else {
        return Ok(refused(view, "position", "decision-error-position"));
    };
    if view.typed_reason.chars().count() > 5_000 {
        return Ok(refused(view, "position", "decision-error-reason-long"));
    }
    if let Err(CallRefusal::ReasonRequired) = check_position(position, &view.typed_reason) {
        let key = if position == Position::Block { "decision-error-block-reason" } else { "decision-error-concern-reason" };
        return Ok(refused(view, "position", key));
    }
    if view.status() != DecisionStatus::Open {
        return Ok(refused(view, "position", "decision-error-not-open"));
    }
    let mut conn = app.db.acquire().await?;
    let group = agora_store::participants::get(&mut conn, user).await?.stakeholder_group;
    drop(conn);
    let mut tx = app.db.begin().await?;
    match store::state_position(&mut tx, id, user, &group, position.code(), &view.typed_reason).await {
        Err(StoreError::Conflict) => return Ok(refused(view, "position", "decision-error-not-open")),
        other => other?,
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/decisions/{id}#positions"))).into_response())
}

/// The chair records the determination with its rationale; before the deadline only with a reason.
async fn close(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let mut view = view_page(&app, page, id).await?;
    view.viewer.require_lead()?;
    let determination = Determination::from_code(form.get("determination"));
    let rationale = form.get("rationale").trim().to_string();
    let early_reason = form.get("early_reason").trim().to_string();
    view.typed_reason = rationale.clone();
    if view.status() != DecisionStatus::Open {
        return Ok(refused(view, "close", "decision-error-not-open"));
    }
    let Some(determination) = determination else {
        return Ok(refused(view, "close", "decision-error-determination"));
    };
    if rationale.is_empty() {
        return Ok(refused(view, "close", "decision-error-rationale"));
    }
    if let Err(CallRefusal::BeforeDeadline { .. }) = may_close(view.now, view.decision.deadline.unwrap_or(0), &early_reason, false) {
        return Ok(refused(view, "close", "decision-error-early"));
    }
    let early_reason = if view.before_deadline() { early_reason } else { String::new() };
    let mut tx = app.db.begin().await?;
    match store::close(&mut tx, id, determination.code(), &rationale, &early_reason).await {
        Err(StoreError::Conflict) => return Ok(refused(view, "close", "decision-error-not-open")),
        other => other?,
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/decisions/{id}"))).into_response())
}

//! MAG evaluation through the web: the optimal assignment and its progress (Secretariat), issue areas,
//! the anonymised scoring form and conflict declarations (MAG members), the ranking with normalised scores and
//! the suggested balanced selection, the MAG's decisions staged, reviewed and published together (each proposer
//! mailed once), and the public results.

use crate::cycles::load as load_cycle;
use crate::export::{csv_document, csv_response, json_response};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError, mail};
use agora_app::evaluation::EvaluationError;
use agora_domain::accounts::Action;
use agora_domain::evaluation::assignment::{Weights, replacement};
use agora_domain::evaluation::disclosure::{self, PublicationHeld};
use agora_domain::evaluation::queue::{QueueItem, neighbours, next_to_score, progress};
use agora_domain::evaluation::scores::{Aggregate, Score, aggregate};
use agora_domain::evaluation::selection::{Candidate, Selection, Target, suggest};
use agora_domain::evaluation::{Evaluator, Pair, Reviewable, conflict};
use agora_domain::people::{UnRegionalGroup, country};
use agora_store::Conn;
use agora_store::cycles::{self, Cycle, Theme};
use agora_store::evaluation::{self as store, StagedDecision};
use agora_store::proposals::{self, Organizer, Person, Proposal};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cycles/{id}/assignment", get(assignment_page).post(compute_assignment))
        .route("/cycles/{id}/assignment/edit", post(edit_assignment))
        .route("/cycles/{id}/evaluate", get(my_evaluations))
        .route("/cycles/{id}/areas", post(save_areas))
        .route("/proposals/{id}/evaluate", get(score_form).post(score_save))
        .route("/proposals/{id}/conflict", post(declare_conflict))
        .route("/cycles/{id}/results", get(results))
        .route("/proposals/{id}/decision", post(decide))
        .route("/cycles/{id}/decisions/suggested", post(stage_suggested))
        .route("/cycles/{id}/decisions/publish", get(publish_review).post(publish))
        .route("/cycles/{id}/workshops", get(workshops))
        .route("/api/cycles/{id}/workshops", get(workshops_api))
        .route("/cycles/{id}/synthesis", get(synthesis))
        .route("/cycles/{id}/scores.csv", get(scores_csv))
        .route("/api/cycles/{id}/scores", get(scores_api))
}

/// Proposals that passed screening (or were let through by an override), as the assignment sees them.
pub struct EvaluatorLine {
    pub name: String,
    pub group: String,
    pub assigned: usize,
    pub scored: usize,
}

#[derive(Template)]
#[template(path = "evaluation/assignment.html")]
struct AssignmentPage {
    page: Page,
    cycle: Cycle,
    proposals: usize,
    evaluators: Vec<EvaluatorLine>,
    pairs: usize,
    scored: usize,
    short: Vec<(i64, String, usize)>,
    members: Vec<(i64, String)>,
}

async fn assignment_page(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let cycle = load_cycle(&app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let reviewables = agora_app::evaluation::reviewables(&mut conn, cycle_id).await?;
    let evaluators = store::evaluators(&mut conn, cycle_id).await?;
    let pairs = store::assignments(&mut conn, cycle_id).await?;
    let evaluations = store::evaluations(&mut conn, cycle_id).await?;
    let mut lines = Vec::new();
    let mut members = Vec::new();
    for e in &evaluators {
        let name = agora_store::participants::get(&mut conn, e.id).await.map(|p| p.name).unwrap_or_default();
        members.push((e.id, name.clone()));
        lines.push(EvaluatorLine {
            name,
            group: page.term("stakeholder-group", &e.stakeholder_group),
            assigned: pairs.iter().filter(|p| p.evaluator == e.id).count(),
            scored: evaluations.iter().filter(|v| v.evaluator_id == e.id).count(),
        });
    }
    let k = cycle.rules.evaluators_per_proposal as usize;
    let short = reviewables
        .iter()
        .filter_map(|(p, _)| {
            let n = pairs.iter().filter(|x| x.proposal == p.id).count();
            (n < k).then(|| (p.id, p.title.clone(), n))
        })
        .take(50)
        .collect();
    let view = AssignmentPage {
        page,
        cycle,
        proposals: reviewables.len(),
        evaluators: lines,
        pairs: pairs.len(),
        scored: evaluations.len(),
        short,
        members,
    };
    Ok(html(&view))
}

/// Computes the optimal assignment for the cycle and stores it (pairs set by hand stay).
async fn compute_assignment(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let cycle = load_cycle(&app, cycle_id).await?;
    let mut tx = app.db.begin().await?;
    agora_app::evaluation::assign(&mut tx, &cycle).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/cycles/{cycle_id}/assignment"))).into_response())
}

/// Adds or removes one pair by hand; a conflicted pair is refused with its reason.
async fn edit_assignment(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageCycle)?;
    let (Ok(proposal), Ok(evaluator)) = (form.get("proposal").trim().parse::<i64>(), form.get("evaluator").parse::<i64>()) else {
        return Err(AppError::BadRequest("choose a proposal number and a MAG member".into()));
    };
    let pair = Pair { proposal, evaluator };
    let mut tx = app.db.begin().await?;
    let (_, reviewable) = agora_app::evaluation::reviewables(&mut tx, cycle_id)
        .await?
        .into_iter()
        .find(|(p, _)| p.id == proposal)
        .ok_or(AppError::NotFound)?;
    let member = store::evaluators(&mut tx, cycle_id).await?.into_iter().find(|e| e.id == evaluator).ok_or(AppError::NotFound)?;
    if form.get("action") == "remove" {
        store::unassign(&mut tx, pair).await?;
    } else {
        let declared = store::declared_conflicts(&mut tx, cycle_id).await?;
        if let Some(reason) = conflict(&member, &reviewable, &declared) {
            return Err(AppError::BadRequest(format!("MAG member {evaluator} has a conflict with proposal {proposal}: {reason}")));
        }
        store::assign_by_hand(&mut tx, pair).await?;
    }
    tx.commit().await?;
    Ok(Redirect::to(&page.href(&format!("/cycles/{cycle_id}/assignment"))).into_response())
}

pub struct MyLine {
    pub id: i64,
    pub title: String,
    pub scored: bool,
}

#[derive(Template)]
#[template(path = "evaluation/mine.html")]
struct MinePage {
    page: Page,
    cycle: Cycle,
    themes: Vec<Theme>,
    areas: Vec<String>,
    lines: Vec<MyLine>,
    /// "12 of 30 evaluated".
    progress: String,
    /// The first proposal still to evaluate.
    next: Option<i64>,
    /// Said after the last score of the queue was saved.
    notice: Option<String>,
}

impl MinePage {
    fn in_area(&self, theme: &i64) -> bool {
        self.areas.contains(&theme.to_string())
    }
}

/// What a MAG member's list says back after a save.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct MineQuery {
    saved: String,
}

/// The reader's queue in the cycle, in order.
async fn my_queue(conn: &mut Conn, cycle_id: i64, evaluator: i64) -> Result<Vec<MyLine>, AppError> {
    Ok(store::queue(conn, cycle_id, evaluator).await?.into_iter().map(|(id, title, scored)| MyLine { id, title, scored }).collect())
}

fn queue_items(lines: &[MyLine]) -> Vec<QueueItem> {
    lines.iter().map(|l| QueueItem { proposal: l.id, scored: l.scored }).collect()
}

fn progress_text(page: &Page, items: &[QueueItem]) -> String {
    let (done, total) = progress(items);
    page.t_with("evaluation-progress", &[("count", done.to_string()), ("total", total.to_string())])
}

async fn my_evaluations(
    State(app): State<App>,
    page: Page,
    Path(cycle_id): Path<i64>,
    Query(query): Query<MineQuery>,
) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::Evaluate)?;
    let cycle = load_cycle(&app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let themes = cycles::themes(&mut conn, cycle_id).await?;
    let me = store::evaluators(&mut conn, cycle_id).await?.into_iter().find(|e| e.id == user.id).unwrap_or_default();
    let lines = my_queue(&mut conn, cycle_id, user.id).await?;
    drop(conn);
    let items = queue_items(&lines);
    let progress = progress_text(&page, &items);
    let next = items.iter().find(|i| !i.scored).map(|i| i.proposal);
    let notice = (query.saved == "all" && next.is_none() && !items.is_empty()).then(|| page.t("evaluation-all-done"));
    Ok(html(&MinePage { page, cycle, themes, areas: me.issue_areas, lines, progress, next, notice }))
}

async fn save_areas(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::Evaluate)?;
    let mut tx = app.db.begin().await?;
    let themes = cycles::themes(&mut tx, cycle_id).await?;
    let chosen: Vec<i64> = form.all("areas").iter().filter_map(|a| a.parse().ok()).filter(|a| themes.iter().any(|t| t.id == *a)).collect();
    store::set_areas(&mut tx, cycle_id, user.id, &chosen).await?;
    tx.commit().await?;
    Ok(Redirect::to(&page.href(&format!("/cycles/{cycle_id}/evaluate"))).into_response())
}

/// What an evaluator sees of a proposal's people: no names, but their groups, regions and the flags the MAG
/// weighs (developing country, first-timer).
pub struct AnonymousPerson {
    pub role: String,
    pub group: String,
    pub region: String,
    pub developing: bool,
    pub first_time: bool,
    pub onsite: bool,
}

fn anonymous(page: &Page, people: &[Person], organizers: &[Organizer]) -> (Vec<AnonymousPerson>, Vec<AnonymousPerson>) {
    let region = |iso: &str| country(iso).map_or(String::new(), |c| page.term("regional-group", c.un_regional_group.code()));
    let developing = |iso: &str| country(iso).is_some_and(|c| c.is_developing());
    let people = people
        .iter()
        .filter(|p| p.status != "declined")
        .map(|p| {
            let iso = p.country.clone().unwrap_or_default();
            AnonymousPerson {
                role: page.term("session-role", &p.role),
                group: p.stakeholder_group.as_deref().map(|g| page.term("stakeholder-group", g)).unwrap_or_default(),
                region: region(&iso),
                developing: developing(&iso),
                first_time: p.first_time == Some(1),
                onsite: p.onsite == 1,
            }
        })
        .collect();
    let organizers = organizers
        .iter()
        .map(|o| AnonymousPerson {
            role: String::new(),
            group: page.term("stakeholder-group", &o.stakeholder_group),
            region: region(&o.country),
            developing: developing(&o.country),
            first_time: false,
            onsite: false,
        })
        .collect();
    (people, organizers)
}

#[derive(Template)]
#[template(path = "evaluation/score.html")]
struct ScorePage {
    page: Page,
    cycle: Cycle,
    proposal: Proposal,
    theme: String,
    proposer_first_time: bool,
    people: Vec<AnonymousPerson>,
    organizers: Vec<AnonymousPerson>,
    scale: Vec<u32>,
    current: BTreeMap<String, u32>,
    comment: String,
    error: Option<String>,
    /// Each criterion with what its lowest and highest scores mean.
    criteria: Vec<(String, String)>,
    progress: String,
    previous: Option<i64>,
    next: Option<i64>,
}

/// What the lowest and highest scores of a criterion mean; a criterion a cycle added has the general sentence.
fn scale_hint(page: &Page, criterion: &str, min: u32, max: u32) -> String {
    let args = [("min", min.to_string()), ("max", max.to_string())];
    let key = format!("criterion-{criterion}-scale");
    let own = page.t_with(&key, &args);
    if own == key { page.t_with("criterion-scale", &args) } else { own }
}

/// The proposal and cycle, if the reader is a MAG member assigned to it and not conflicted (403 with the reason).
async fn evaluable(app: &App, page: &Page, id: i64) -> Result<(Proposal, Cycle), AppError> {
    let user = page.require_user()?;
    user.require(Action::Evaluate)?;
    let mut conn = app.db.acquire().await?;
    let proposal = proposals::get(&mut conn, id).await?;
    let cycle = cycles::get(&mut conn, proposal.cycle_id).await?;
    let me = store::evaluators(&mut conn, cycle.id).await?.into_iter().find(|e| e.id == user.id).ok_or(AppError::Forbidden)?;
    let people = proposals::people(&mut conn, id).await?;
    let mut listed: Vec<i64> = people.iter().filter_map(|p| p.participant_id).collect();
    listed.push(proposal.proposer_id);
    let reviewable = Reviewable {
        id,
        theme: String::new(),
        people: listed,
        organizations: proposal.organization_id.into_iter().collect(),
        countries: Vec::new(),
    };
    let declared = if store::has_declared_conflict(&mut conn, user.id, id).await? { vec![(user.id, id)] } else { Vec::new() };
    if let Some(reason) = conflict(&me, &reviewable, &declared) {
        return Err(AppError::ForbiddenBecause(format!("conflict-{}", reason.code())));
    }
    if !store::is_assigned(&mut conn, Pair { proposal: id, evaluator: user.id }).await? {
        return Err(AppError::ForbiddenBecause("not-assigned".into()));
    }
    Ok((proposal, cycle))
}

async fn score_page(
    app: &App,
    page: Page,
    proposal: Proposal,
    cycle: Cycle,
    current: BTreeMap<String, u32>,
    comment: String,
    error: Option<String>,
) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    let theme = cycles::themes(&mut conn, cycle.id)
        .await?
        .into_iter()
        .find(|t| Some(t.id) == proposal.theme_id)
        .map(|t| t.name)
        .unwrap_or_default();
    let people = proposals::people(&mut conn, proposal.id).await?;
    let organizers = proposals::organizers(&mut conn, proposal.id).await?;
    let proposer_first_time =
        agora_store::participants::get(&mut conn, proposal.proposer_id).await.map(|p| p.first_time == 1).unwrap_or(false);
    let (people, organizers) = anonymous(&page, &people, &organizers);
    let scale = (cycle.rules.score_min..=cycle.rules.score_max).collect();
    let evaluator = page.require_user()?.id;
    let items = queue_items(&my_queue(&mut conn, cycle.id, evaluator).await?);
    drop(conn);
    let (previous, next) = neighbours(&items, proposal.id);
    let progress = progress_text(&page, &items);
    let criteria =
        cycle.rules.criteria.iter().map(|c| (c.clone(), scale_hint(&page, c, cycle.rules.score_min, cycle.rules.score_max))).collect();
    let status = if error.is_some() { axum::http::StatusCode::UNPROCESSABLE_ENTITY } else { axum::http::StatusCode::OK };
    let view = ScorePage {
        page,
        cycle,
        proposal,
        theme,
        proposer_first_time,
        people,
        organizers,
        scale,
        current,
        comment,
        error,
        criteria,
        progress,
        previous,
        next,
    };
    Ok((status, html(&view)).into_response())
}

async fn score_form(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (proposal, cycle) = evaluable(&app, &page, id).await?;
    let user = page.require_user()?.id;
    let mut conn = app.db.acquire().await?;
    let existing = store::evaluation(&mut conn, Pair { proposal: id, evaluator: user }).await?;
    drop(conn);
    let current: BTreeMap<String, u32> = existing
        .as_ref()
        .and_then(|e| serde_json::from_str::<Vec<(String, u32)>>(&e.scores).ok())
        .unwrap_or_default()
        .into_iter()
        .collect();
    let comment = existing.map(|e| e.comment).unwrap_or_default();
    score_page(&app, page, proposal, cycle, current, comment, None).await
}

/// Saves every criterion's score at once; a missing or out-of-scale score saves nothing.
async fn score_save(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let (proposal, cycle) = evaluable(&app, &page, id).await?;
    let user = page.require_user()?.id;
    let rules = &cycle.rules;
    let typed: BTreeMap<String, u32> =
        rules.criteria.iter().filter_map(|c| form.get(&format!("score_{c}")).parse().ok().map(|v| (c.clone(), v))).collect();
    let complete = rules.criteria.iter().all(|c| typed.get(c).is_some_and(|v| (rules.score_min..=rules.score_max).contains(v)));
    let comment = form.get("comment").trim().to_string();
    if !complete || comment.chars().count() > 5000 {
        let args = [("min", rules.score_min.to_string()), ("max", rules.score_max.to_string())];
        let error = Some(crate::i18n::text_with(page.lang, "evaluation-error-scores", &args));
        return score_page(&app, page, proposal, cycle, typed, comment, error).await;
    }
    let scores: Vec<(String, u32)> = rules.criteria.iter().map(|c| (c.clone(), typed[c])).collect();
    let mut tx = app.db.begin().await?;
    store::save_evaluation(&mut tx, Pair { proposal: id, evaluator: user }, &scores, &comment).await?;
    let queue = queue_items(&my_queue(&mut tx, cycle.id, user).await?);
    tx.commit().await?;
    // On to the next proposal still to evaluate; the list says so when none is left.
    let to = match next_to_score(&queue, id) {
        Some(next) => format!("/proposals/{next}/evaluate"),
        None => format!("/cycles/{}/evaluate?saved=all", cycle.id),
    };
    Ok(Redirect::to(&page.href(&to)).into_response())
}

/// A MAG member declares a conflict: the proposal leaves their list and the best replacement takes their place.
async fn declare_conflict(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::Evaluate)?;
    let reason = form.get("reason").trim();
    if reason.is_empty() {
        return Err(AppError::BadRequest("say why there is a conflict".into()));
    }
    let mut tx = app.db.begin().await?;
    let proposal = proposals::get(&mut tx, id).await?;
    let cycle = cycles::get(&mut tx, proposal.cycle_id).await?;
    store::declare_conflict(&mut tx, user.id, id, reason).await?;
    let evaluators: Vec<Evaluator> = store::evaluators(&mut tx, cycle.id).await?;
    let pairs = store::assignments(&mut tx, cycle.id).await?;
    let declared = store::declared_conflicts(&mut tx, cycle.id).await?;
    if let Some((_, reviewable)) = agora_app::evaluation::reviewables(&mut tx, cycle.id).await?.into_iter().find(|(p, _)| p.id == id) {
        if let Some(next) = replacement(&reviewable, &evaluators, &pairs, &declared, Weights::default()) {
            store::assign_by_hand(&mut tx, Pair { proposal: id, evaluator: next }).await?;
        }
    }
    tx.commit().await?;
    Ok(Redirect::to(&page.href(&format!("/cycles/{}/evaluate", cycle.id))).into_response())
}

/// One proposal in the ranking.
pub struct Ranked {
    pub proposal: Proposal,
    pub aggregate: Aggregate,
    pub suggested: bool,
    /// The published decision.
    pub decision: Option<String>,
    /// The decision staged for publication.
    pub staged: Option<String>,
}

pub struct ThemeRanking {
    /// The theme's id in the results' `?theme=`, or `none` for the proposals without a theme.
    pub key: String,
    pub theme: String,
    pub ranked: Vec<Ranked>,
}

/// The key of a proposal's theme in the results' `?theme=`.
fn theme_key(theme_id: Option<i64>) -> String {
    theme_id.map_or_else(|| "none".to_string(), |t| t.to_string())
}

/// The tags a proposal counts towards in the balance targets.
async fn candidate_tags(conn: &mut Conn, proposal: &Proposal) -> Result<BTreeSet<String>, AppError> {
    let organizers = proposals::organizers(&mut *conn, proposal.id).await?;
    let people = proposals::people(&mut *conn, proposal.id).await?;
    let proposer = agora_store::participants::get(&mut *conn, proposal.proposer_id).await.ok();
    let mut countries: Vec<String> = organizers.iter().map(|o| o.country.clone()).collect();
    countries.extend(proposer.as_ref().map(|p| p.country.clone()));
    let mut tags = BTreeSet::new();
    for c in countries.iter().filter_map(|c| country(c)) {
        if c.is_developing() {
            tags.insert("developing".to_string());
        }
        if c.un_regional_group != UnRegionalGroup::NoGroup {
            tags.insert(format!("region:{}", c.un_regional_group.code()));
        }
    }
    if proposer.is_some_and(|p| p.first_time == 1) {
        tags.insert("first-time".into());
    }
    let genders: BTreeSet<&str> = people
        .iter()
        .filter(|p| p.status == "confirmed")
        .filter_map(|p| p.gender.as_deref())
        .filter(|g| *g != "prefer-not-to-say")
        .collect();
    if genders.len() >= 2 {
        tags.insert("gender-diverse".into());
    }
    Ok(tags)
}

fn targets(cycle: &Cycle) -> Vec<Target> {
    let rules = &cycle.rules;
    let share = |percent: u32| (rules.slots * percent).div_ceil(100);
    let mut targets = vec![
        Target { tag: "developing".into(), minimum: share(rules.target_developing_percent) },
        Target { tag: "first-time".into(), minimum: share(rules.target_first_time_percent) },
        Target { tag: "gender-diverse".into(), minimum: share(rules.target_gender_diverse_percent) },
    ];
    targets
        .extend(UnRegionalGroup::ALL[..5].iter().map(|g| Target { tag: format!("region:{}", g.code()), minimum: rules.target_per_region }));
    targets
}

pub struct TargetLine {
    pub label: String,
    pub minimum: u32,
    pub by_ranking: u32,
    pub selected: u32,
}

/// The cycle's scored proposals ranked per theme, with the suggested balanced selection.
struct Assessment {
    rankings: Vec<ThemeRanking>,
    selection: Selection,
    /// Every ranked proposal, in no particular order.
    ranked: Vec<i64>,
}

async fn assess(conn: &mut Conn, page: &Page, cycle: &Cycle) -> Result<Assessment, AppError> {
    let themes = cycles::themes(&mut *conn, cycle.id).await?;
    let evaluations = store::evaluations(&mut *conn, cycle.id).await?;
    let scores: Vec<Score> =
        evaluations.iter().map(|e| Score { pair: Pair { proposal: e.proposal_id, evaluator: e.evaluator_id }, value: e.overall }).collect();
    let aggregates = aggregate(&scores);
    let decisions = store::decisions(&mut *conn, cycle.id).await?;
    let staged = store::staged(&mut *conn, cycle.id).await?;
    let mut candidates = Vec::new();
    let mut scored = Vec::new();
    for (proposal, _) in agora_app::evaluation::reviewables(&mut *conn, cycle.id).await? {
        let Some(agg) = aggregates.iter().find(|a| a.proposal == proposal.id).cloned() else { continue };
        let tags = candidate_tags(&mut *conn, &proposal).await?;
        candidates.push(Candidate {
            proposal: proposal.id,
            theme: proposal.theme_id.map(|t| t.to_string()).unwrap_or_default(),
            score: agg.normalised,
            tags,
        });
        scored.push((proposal, agg));
    }
    let selection = suggest(&candidates, cycle.rules.slots, cycle.rules.per_theme_cap, &targets(cycle));
    let ranked = scored.iter().map(|(p, _)| p.id).collect();
    let mut rankings: Vec<ThemeRanking> = themes
        .iter()
        .map(|t| ThemeRanking { key: theme_key(Some(t.id)), theme: t.name.clone(), ranked: Vec::new() })
        .chain(std::iter::once(ThemeRanking { key: theme_key(None), theme: page.t("results-no-theme"), ranked: Vec::new() }))
        .collect();
    for (proposal, aggregate) in scored {
        let index = themes.iter().position(|t| Some(t.id) == proposal.theme_id).unwrap_or(themes.len());
        let decision = decisions.iter().find(|d| d.proposal_id == proposal.id).map(|d| d.outcome.clone());
        let staged = staged.iter().find(|d| d.proposal_id == proposal.id).map(|d| d.outcome.clone());
        let suggested = selection.selected.contains(&proposal.id);
        rankings[index].ranked.push(Ranked { proposal, aggregate, suggested, decision, staged });
    }
    for r in &mut rankings {
        r.ranked.sort_by(|a, b| b.aggregate.normalised.total_cmp(&a.aggregate.normalised));
    }
    rankings.retain(|r| !r.ranked.is_empty());
    Ok(Assessment { rankings, selection, ranked })
}

#[derive(Template)]
#[template(path = "evaluation/results.html")]
struct ResultsPage {
    page: Page,
    cycle: Cycle,
    /// The ranking of the theme shown (one at a time, so the page does not carry every form at once).
    ranking: Option<ThemeRanking>,
    /// Every theme with a ranking: key, name, proposals ranked.
    themes: Vec<(String, String, usize)>,
    selection: Selection,
    targets: Vec<TargetLine>,
    may_decide: bool,
    /// The anonymised scores are offered only to those who may read them now.
    may_read_scores: bool,
    /// How many decisions wait, staged, for publication.
    staged: usize,
}

/// Which theme's ranking the results show.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct ResultsQuery {
    theme: String,
}

async fn results(
    State(app): State<App>,
    page: Page,
    Path(cycle_id): Path<i64>,
    Query(query): Query<ResultsQuery>,
) -> Result<Response, AppError> {
    let user = page.require_user()?;
    if !user.may(Action::ViewEvaluation) && !user.may(Action::ManageCycle) {
        return Err(AppError::Forbidden);
    }
    let cycle = load_cycle(&app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let Assessment { rankings, selection, .. } = assess(&mut conn, &page, &cycle).await?;
    drop(conn);
    let targets = selection
        .targets
        .iter()
        .map(|t| TargetLine {
            label: match t.tag.split_once(':') {
                Some((_, region)) => page.term("regional-group", region),
                None => page.t(&format!("target-{}", t.tag)),
            },
            minimum: t.minimum,
            by_ranking: t.by_ranking,
            selected: t.selected,
        })
        .collect();
    let staged = rankings.iter().flat_map(|r| &r.ranked).filter(|x| x.staged.is_some()).count();
    let may_decide = page.may(Action::Decide);
    let may_read_scores = disclosure::may_read_scores(&user.roles, &cycle.phases, agora_store::now()).is_ok();
    let themes = rankings.iter().map(|r| (r.key.clone(), r.theme.clone(), r.ranked.len())).collect();
    let shown = rankings.iter().position(|r| r.key == query.theme).unwrap_or(0);
    let ranking = rankings.into_iter().nth(shown);
    let view = ResultsPage { page, cycle, ranking, themes, selection, targets, may_decide, may_read_scores, staged };
    Ok(html(&view))
}

/// Stages the MAG's decision on a proposal: nothing is public or mailed until the cycle's decisions are published.
async fn decide(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::Decide)?;
    let outcome = form.get("outcome");
    if !["approved", "approved-if-merged", "not-approved"].contains(&outcome) {
        return Err(AppError::BadRequest(format!("choose a decision (not {outcome:?})")));
    }
    let merge_with = form.get("merge_with").trim().parse::<i64>().ok();
    if outcome == "approved-if-merged" && merge_with.is_none() {
        return Err(AppError::BadRequest("a merge needs the number of the proposal to merge with".into()));
    }
    let decision = StagedDecision { proposal_id: id, outcome: outcome.into(), merge_with, rationale: form.get("rationale").trim().into() };
    let mut tx = app.db.begin().await?;
    let proposal = proposals::get(&mut tx, id).await?;
    store::stage(&mut tx, &decision, user.id).await?;
    tx.commit().await?;
    let back = format!("/cycles/{}/results?theme={}#proposal-{id}", proposal.cycle_id, theme_key(proposal.theme_id));
    Ok(Redirect::to(&page.href(&back)).into_response())
}

/// Stages the suggested selection for every ranked proposal not yet decided.
async fn stage_suggested(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::Decide)?;
    let cycle = load_cycle(&app, cycle_id).await?;
    let mut tx = app.db.begin().await?;
    let assessment = assess(&mut tx, &page, &cycle).await?;
    agora_app::evaluation::stage_selection(&mut tx, cycle_id, &assessment.ranked, &assessment.selection.selected, user.id).await?;
    tx.commit().await?;
    Ok(Redirect::to(&page.href(&format!("/cycles/{cycle_id}/decisions/publish"))).into_response())
}

/// A staged decision as the review lists it.
pub struct StagedLine {
    pub proposal: Proposal,
    pub outcome: String,
    pub merge_with: Option<i64>,
    pub rationale: String,
}

#[derive(Template)]
#[template(path = "evaluation/publish.html")]
struct PublishPage {
    page: Page,
    cycle: Cycle,
    lines: Vec<StagedLine>,
    /// Why publication must wait, in words; `None` when it may go ahead.
    held: Option<String>,
}

/// The review before publication: every staged decision, the mails it will send, and whether it may go now.
async fn publish_review(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    page.require_user()?.require(Action::Decide)?;
    let cycle = load_cycle(&app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let mut lines = Vec::new();
    for d in store::staged(&mut conn, cycle_id).await? {
        let proposal = proposals::get(&mut conn, d.proposal_id).await?;
        lines.push(StagedLine { proposal, outcome: d.outcome, merge_with: d.merge_with, rationale: d.rationale });
    }
    drop(conn);
    let held = disclosure::may_publish_decisions(&cycle.phases, agora_store::now()).err().map(|h| held_reason(&page, h));
    Ok(html(&PublishPage { page, cycle, lines, held }))
}

fn held_reason(page: &Page, held: PublicationHeld) -> String {
    match held {
        PublicationHeld::EvaluationOpen { ends_at } => page.t1("decisions-held-evaluation", "date", crate::dates::day(ends_at - 1)),
    }
}

/// Publishes the staged decisions together and tells each proposer once.
async fn publish(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::Decide)?;
    let cycle = load_cycle(&app, cycle_id).await?;
    let mut tx = app.db.begin().await?;
    let published = match agora_app::evaluation::publish_decisions(&mut tx, &cycle, user.id, agora_store::now()).await {
        Ok(published) => published,
        Err(EvaluationError::PublicationHeld(_)) => return Err(AppError::ForbiddenBecause("decisions-held".into())),
        Err(EvaluationError::NothingStaged) => return Err(AppError::ForbiddenBecause("decisions-nothing-staged".into())),
        Err(e) => return Err(e.into()),
    };
    for decision in &published {
        tell_proposer(&app, &page, &mut tx, decision).await?;
    }
    tx.commit().await?;
    app.cache.invalidate();
    app.wake_mail();
    Ok(Redirect::to(&page.href(&format!("/cycles/{cycle_id}/results"))).into_response())
}

async fn tell_proposer(app: &App, page: &Page, conn: &mut Conn, decision: &StagedDecision) -> Result<(), AppError> {
    let proposal = proposals::get(&mut *conn, decision.proposal_id).await?;
    let proposer = agora_store::participants::get(&mut *conn, proposal.proposer_id).await?;
    let link = format!("{}{}", app.config.public_url, page.href(&format!("/proposals/{}", proposal.id)));
    let args = [
        ("name", proposer.name.clone()),
        ("title", proposal.title.clone()),
        ("decision", page.term("decision", &decision.outcome)),
        ("link", link),
    ];
    let subject = crate::i18n::text_with(page.lang, "mail-decision-subject", &[("title", proposal.title.clone())]);
    mail::queue(&mut *conn, &proposer.email, &subject, &crate::i18n::text_with(page.lang, "mail-decision-body", &args)).await?;
    Ok(())
}

/// Approved workshops by theme.
async fn approved(app: &App, cycle_id: i64) -> Result<Vec<(String, Vec<Proposal>)>, AppError> {
    let mut conn = app.db.acquire().await?;
    let themes = cycles::themes(&mut conn, cycle_id).await?;
    let decisions = store::decisions(&mut conn, cycle_id).await?;
    let mut by_theme: Vec<(String, Vec<Proposal>)> = themes.iter().map(|t| (t.name.clone(), Vec::new())).collect();
    by_theme.push((String::new(), Vec::new()));
    for d in decisions.iter().filter(|d| d.outcome != "not-approved") {
        let p = proposals::get(&mut conn, d.proposal_id).await?;
        let index = themes.iter().position(|t| Some(t.id) == p.theme_id).unwrap_or(themes.len());
        by_theme[index].1.push(p);
    }
    by_theme.retain(|(_, list)| !list.is_empty());
    Ok(by_theme)
}

#[derive(Template)]
#[template(path = "evaluation/workshops.html")]
struct WorkshopsPage {
    page: Page,
    cycle: Cycle,
    by_theme: Vec<(String, Vec<Proposal>)>,
}

async fn workshops(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    let cycle = load_cycle(&app, cycle_id).await?;
    let by_theme = approved(&app, cycle_id).await?;
    Ok(html(&WorkshopsPage { page, cycle, by_theme }))
}

/// The approved workshops of a cycle.
#[utoipa::path(get, path = "/api/cycles/{id}/workshops", tag = "cycles", params(("id" = i64, Path)), responses((status = 200, description = "the approved workshops"), (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn workshops_api(State(app): State<App>, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    load_cycle(&app, cycle_id).await?;
    let list: Vec<serde_json::Value> = approved(&app, cycle_id)
        .await?
        .into_iter()
        .flat_map(|(theme, ps)| {
            ps.into_iter().map(
                move |p| serde_json::json!({ "id": p.id, "title": p.title, "theme": theme, "format": p.format, "duration": p.duration }),
            )
        })
        .collect();
    Ok(json_response(&list))
}

pub struct CountRow {
    pub label: String,
    pub received: usize,
    pub passed: usize,
    pub approved: usize,
}

#[derive(Template)]
#[template(path = "evaluation/synthesis.html")]
struct SynthesisPage {
    page: Page,
    cycle: Cycle,
    tables: Vec<(String, Vec<CountRow>)>,
}

/// Counts of proposals received, passed screening and approved — by theme, and by the stakeholder groups and
/// UN regional groups of their organizers (a proposal counts once in each group it has an organizer from).
async fn synthesis(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    let cycle = load_cycle(&app, cycle_id).await?;
    let mut conn = app.db.acquire().await?;
    let themes = cycles::themes(&mut conn, cycle_id).await?;
    let screenings = proposals::screenings(&mut conn, cycle_id).await?;
    let decisions = store::decisions(&mut conn, cycle_id).await?;
    let mut facts = Vec::new();
    for p in proposals::list(&mut conn, cycle_id, "").await? {
        let organizers = proposals::organizers(&mut conn, p.id).await?;
        let passed = screenings.iter().any(|s| s.proposal_id == p.id && s.effective_pass());
        let approved = decisions.iter().any(|d| d.proposal_id == p.id && d.outcome != "not-approved");
        let groups: BTreeSet<String> = organizers.iter().map(|o| o.stakeholder_group.clone()).collect();
        let regions: BTreeSet<String> =
            organizers.iter().filter_map(|o| country(&o.country)).map(|c| c.un_regional_group.code().to_string()).collect();
        facts.push((p.theme_id, groups, regions, passed, approved));
    }
    let row = |label: String, keep: &dyn Fn(&(Option<i64>, BTreeSet<String>, BTreeSet<String>, bool, bool)) -> bool| {
        let chosen: Vec<_> = facts.iter().filter(|f| keep(f)).collect();
        CountRow {
            label,
            received: chosen.len(),
            passed: chosen.iter().filter(|f| f.3).count(),
            approved: chosen.iter().filter(|f| f.4).count(),
        }
    };
    let totals = row(page.t("synthesis-all"), &|_| true);
    let by_theme: Vec<CountRow> = themes.iter().map(|t| row(t.name.clone(), &|f| f.0 == Some(t.id))).collect();
    let by_group: Vec<CountRow> = agora_domain::people::StakeholderGroup::ALL
        .iter()
        .map(|g| row(page.term("stakeholder-group", g.code()), &|f| f.1.contains(g.code())))
        .collect();
    let by_region: Vec<CountRow> =
        UnRegionalGroup::ALL[..5].iter().map(|g| row(page.term("regional-group", g.code()), &|f| f.2.contains(g.code()))).collect();
    let tables = vec![
        (page.t("synthesis-all"), vec![totals]),
        (page.t("cycle-themes"), by_theme),
        (page.t("statistics-by-stakeholder-group"), by_group),
        (page.t("statistics-by-regional-group"), by_region),
    ];
    Ok(html(&SynthesisPage { page, cycle, tables }))
}

/// Scores with evaluators replaced by pseudonyms, for a reader allowed to see them now: the Secretariat and the
/// Chair during evaluation, anyone once the selection is published (`disclosure::may_read_scores`).
async fn anonymised_scores(app: &App, page: &Page, cycle_id: i64) -> Result<Vec<serde_json::Value>, AppError> {
    let cycle = load_cycle(app, cycle_id).await?;
    let roles = page.user.as_ref().map(|u| u.roles.clone()).unwrap_or_default();
    disclosure::may_read_scores(&roles, &cycle.phases, agora_store::now())
        .map_err(|withheld| AppError::ForbiddenBecause(withheld.code().into()))?;
    let mut conn = app.db.acquire().await?;
    let evaluations = store::evaluations(&mut conn, cycle_id).await?;
    let pseudonyms = disclosure::pseudonyms(evaluations.iter().map(|e| e.evaluator_id), |id| {
        crate::auth::keyed_hash(app, "evaluator-pseudonym", &format!("{cycle_id}:{id}"))
    });
    Ok(evaluations
        .iter()
        .map(|e| {
            let scores: serde_json::Value = serde_json::from_str(&e.scores).unwrap_or_default();
            serde_json::json!({ "proposal": e.proposal_id, "evaluator": pseudonyms[&e.evaluator_id], "overall": e.overall, "scores": scores })
        })
        .collect())
}

/// The MAG's scores of a cycle, evaluators replaced by pseudonyms; confidential until the selection is published.
#[utoipa::path(get, path = "/api/cycles/{id}/scores", tag = "cycles", params(("id" = i64, Path)), responses((status = 200, description = "anonymised scores"), (status = 403, body = crate::json_api::ApiError), (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn scores_api(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    Ok(json_response(&anonymised_scores(&app, &page, cycle_id).await?))
}

async fn scores_csv(State(app): State<App>, page: Page, Path(cycle_id): Path<i64>) -> Result<Response, AppError> {
    let rows = anonymised_scores(&app, &page, cycle_id).await?.into_iter().map(|r| {
        vec![
            r["proposal"].to_string(),
            r["evaluator"].as_str().unwrap_or("").to_string(),
            format!("{:.2}", r["overall"].as_f64().unwrap_or(0.0)),
            r["scores"].to_string(),
        ]
    });
    Ok(csv_response("scores.csv", csv_document(&["proposal", "evaluator", "overall", "scores"], rows)))
}

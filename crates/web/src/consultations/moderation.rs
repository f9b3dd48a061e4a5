//! Keeping a consultation honest: form-letter clusters (a campaign shows as one text with its true count and a
//! few variants), very short or junk inputs, bursts from one network, and the moderators' queue where an input
//! is hidden with a reason — still counted, and listed as hidden.

use super::load;
use crate::dates::day_time;
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::accounts::Action;
use agora_domain::consultations::duplicates::{self, DuplicateSettings};
use agora_store::consultations::{self as store, Comment, Consultation, Hideable, Statement, Submission};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/consultations/{id}/form-letters", get(form_letters))
        .route("/api/consultations/{id}/form-letters", get(form_letters_api))
        .route("/consultations/{id}/moderation", get(queue))
        .route("/moderation/{kind}/{id}", post(hide))
}

/// A form-letter cluster as shown: its representative text, true count and a few variants.
#[derive(Serialize, Deserialize)]
pub struct ClusterView {
    pub representative: i64,
    pub text: String,
    pub count: usize,
    pub exact_copies: usize,
    pub variants: Vec<(i64, String)>,
    pub similarity: u32,
}

#[derive(Serialize, Deserialize)]
pub struct Analysis {
    pub submissions: usize,
    pub clusters: Vec<ClusterView>,
    pub in_clusters: usize,
    pub junk: Vec<(i64, String)>,
    pub bursts: Vec<(usize, String, String)>,
}

/// The text a submission is compared by: its general text and its written answers.
fn comparable(s: &Submission, answers: &[agora_store::consultations::StoredAnswer]) -> String {
    let mut text = s.text.clone();
    for a in answers.iter().filter(|a| a.submission_id == s.id && !a.text.is_empty()) {
        text.push('\n');
        text.push_str(&a.text);
    }
    text
}

async fn analyse(app: &App, c: &Consultation) -> Result<(Analysis, Vec<(i64, String)>), AppError> {
    let mut conn = app.db.acquire().await?;
    let submissions = store::submissions(&mut conn, c.id).await?;
    let answers = store::answers(&mut conn, c.id, None).await?;
    drop(conn);
    // Only written input is compared: an answer of choices alone is neither a copy nor junk.
    let texts: Vec<(i64, String)> =
        submissions.iter().map(|s| (s.id, comparable(s, &answers))).filter(|(_, text)| !text.trim().is_empty()).collect();
    let counted = submissions.len();
    let timing: Vec<(i64, String, i64)> = submissions.iter().map(|s| (s.id, s.network.clone(), s.created_at)).collect();
    // Confidential texts count in their cluster but are never shown.
    let shown: Vec<i64> = submissions.iter().filter(|s| s.confidential == 0 && s.hidden_reason.is_none()).map(|s| s.id).collect();
    let (analysis, networks) = tokio::task::spawn_blocking(move || {
        let settings = DuplicateSettings::default();
        let refs: Vec<(i64, &str)> = texts.iter().map(|(id, t)| (*id, t.as_str())).collect();
        let text_of = |id: i64| texts.iter().find(|(i, _)| *i == id).map(|(_, t)| t.clone()).unwrap_or_default();
        let visible = |id: &i64| shown.contains(id);
        let clusters: Vec<ClusterView> = duplicates::clusters(&refs, &settings)
            .into_iter()
            .map(|cluster| ClusterView {
                text: if visible(&cluster.representative) { text_of(cluster.representative) } else { String::new() },
                representative: cluster.representative,
                count: cluster.members.len(),
                exact_copies: cluster.exact_copies,
                variants: cluster.variants.iter().filter(|v| visible(v)).map(|v| (*v, text_of(*v))).collect(),
                similarity: (cluster.mean_similarity * 100.0).round() as u32,
            })
            .collect();
        let junk =
            refs.iter().filter_map(|(id, t)| duplicates::junk(t, &settings).map(|reason| (*id, reason.code().to_string()))).collect();
        let items: Vec<(i64, &str, i64)> = timing.iter().map(|(id, n, at)| (*id, n.as_str(), *at)).collect();
        let found = duplicates::bursts(&items, &settings);
        let networks = found.iter().map(|b| (b.members.len() as i64, b.network.clone())).collect();
        let bursts = found.iter().map(|b| (b.members.len(), day_time(b.from), day_time(b.to))).collect();
        let in_clusters = clusters.iter().map(|c| c.count).sum();
        (Analysis { submissions: counted, clusters, in_clusters, junk, bursts }, networks)
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok((analysis, networks))
}

#[derive(Template)]
#[template(path = "consultations/form_letters.html")]
struct FormLettersPage {
    page: Page,
    consultation: Consultation,
    analysis: Analysis,
}

/// The public analysis as JSON, kept in the public cache until the record moves: clustering a large
/// consultation takes seconds, and every reader would otherwise pay for it.
async fn public_analysis(app: &App, consultation: &Consultation) -> Result<axum::body::Bytes, AppError> {
    app.cache
        .page(app, &format!("form-letters:{}", consultation.id), || async {
            let (analysis, _) = analyse(app, consultation).await?;
            serde_json::to_vec(&analysis).map_err(|e| AppError::Internal(e.to_string()))
        })
        .await
}

async fn form_letters(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let consultation = load(&app, id).await?;
    let analysis = serde_json::from_slice(&public_analysis(&app, &consultation).await?).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(html(&FormLettersPage { page, consultation, analysis }))
}

async fn form_letters_api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let consultation = load(&app, id).await?;
    Ok(crate::export::bytes_response("application/json", public_analysis(&app, &consultation).await?))
}

#[derive(Template)]
#[template(path = "consultations/moderation.html")]
struct QueuePage {
    page: Page,
    consultation: Consultation,
    analysis: Analysis,
    networks: Vec<(i64, String)>,
    submissions: Vec<Submission>,
    comments: Vec<Comment>,
    statements: Vec<Statement>,
}

/// The newest inputs of each kind the queue lists (flagged ones are listed whatever their age).
const RECENT: usize = 50;

async fn queue(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    page.require_user()?.require(Action::Moderate)?;
    let consultation = load(&app, id).await?;
    let (analysis, networks) = analyse(&app, &consultation).await?;
    let mut conn = app.db.acquire().await?;
    let flagged: Vec<i64> = analysis.junk.iter().map(|(id, _)| *id).collect();
    let mut submissions = store::submissions(&mut conn, id).await?;
    submissions.reverse();
    let submissions = submissions
        .into_iter()
        .enumerate()
        .filter(|(i, s)| *i < RECENT || flagged.contains(&s.id) || s.hidden_reason.is_some())
        .map(|(_, s)| s)
        .collect();
    let mut comments = store::comments(&mut conn, id).await?;
    comments.reverse();
    let comments = comments.into_iter().enumerate().filter(|(i, c)| *i < RECENT || c.hidden_reason.is_some()).map(|(_, c)| c).collect();
    let statements = store::statements(&mut conn, id).await?;
    Ok(html(&QueuePage { page, consultation, analysis, networks, submissions, comments, statements }))
}

async fn hide(State(app): State<App>, page: Page, Path((kind, id)): Path<(String, i64)>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::Moderate)?;
    let what = match kind.as_str() {
        "submission" => Hideable::Submission,
        "comment" => Hideable::Comment,
        "statement" => Hideable::Statement,
        _ => return Err(AppError::NotFound),
    };
    let reason = form.get("reason").trim();
    let show = form.get("action") == "show";
    if !show && reason.is_empty() {
        return Err(AppError::BadRequest("hiding an input needs a reason, shown in its place".into()));
    }
    let mut tx = app.db.begin().await?;
    let consultation_id = store::hide(&mut tx, what, id, if show { None } else { Some(reason) }).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/consultations/{consultation_id}/moderation"))).into_response())
}

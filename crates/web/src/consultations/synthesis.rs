//! What a consultation heard: the public list of submissions with its CSV, JSON and Atom feed; the synthesis
//! page — counts per question and per paragraph by stakeholder group, region and development status, choice
//! tallies as charts — with the report the Secretariat writes (draft, then published), the inputs it cites and
//! how, and the inquiries people send in the window after publication.

use super::{load, status};
use crate::charts::{Bar, bar_chart};
use crate::dates::{day, day_time};
use crate::export::{AtomEntry, atom_feed, csv_document, csv_response};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::accounts::Action;
use agora_domain::consultations::{Answer, Breakdown, Contributor, Question, QuestionKind, Status, breakdown, choice_tally, options};
use agora_domain::people::{StakeholderGroup, UnRegionalGroup};
use agora_domain::stats::Tally;
use agora_store::consultations::{self as store, Citation, Consultation, Inquiry, Submission};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/consultations/{id}/submissions", get(list))
        .route("/consultations/{id}/submissions.csv", get(list_csv))
        .route("/consultations/{id}/submissions.atom", get(list_atom))
        .route("/api/consultations/{id}/submissions", get(list_api))
        .route("/consultations/{id}/synthesis", get(synthesis).post(save))
        .route("/consultations/{id}/citations", post(cite))
        .route("/consultations/{id}/inquiries", post(inquire))
}

const PAGE_SIZE: usize = 100;

/// A submission as lists and exports show it: nothing of a confidential one but that it was counted, and
/// a hidden one with the moderators' reason instead of its text.
#[derive(Serialize)]
pub struct Row {
    pub id: i64,
    pub on_behalf: String,
    pub author: String,
    pub organization: String,
    pub stakeholder_group: String,
    pub country: String,
    pub received: String,
    pub text: String,
    pub confidential: bool,
    pub hidden_reason: Option<String>,
    pub url: String,
}

fn row(app: &App, s: &Submission) -> Row {
    let withheld = s.confidential == 1;
    Row {
        id: s.id,
        on_behalf: s.on_behalf.clone(),
        author: if withheld { String::new() } else { s.author_name.clone() },
        organization: if withheld { String::new() } else { s.organization.clone() },
        stakeholder_group: s.stakeholder_group.clone(),
        country: s.country.clone(),
        received: day(s.created_at),
        text: if withheld || s.hidden_reason.is_some() { String::new() } else { s.text.clone() },
        confidential: withheld,
        hidden_reason: s.hidden_reason.clone(),
        url: format!("{}/submissions/{}", app.config.public_url, s.id),
    }
}

async fn rows(app: &App, id: i64) -> Result<(Consultation, Vec<Row>), AppError> {
    let c = load(app, id).await?;
    let mut conn = app.db.acquire().await?;
    let rows = store::submissions(&mut conn, id).await?.iter().map(|s| row(app, s)).collect();
    Ok((c, rows))
}

#[derive(Deserialize)]
struct ListQuery {
    page: Option<usize>,
}

#[derive(Template)]
#[template(path = "consultations/submissions.html")]
struct ListPage {
    page: Page,
    consultation: Consultation,
    rows: Vec<Row>,
    total: usize,
    confidential: usize,
    hidden: usize,
    page_number: usize,
    pages: usize,
}

async fn list(State(app): State<App>, page: Page, Path(id): Path<i64>, Query(q): Query<ListQuery>) -> Result<Response, AppError> {
    let consultation = load(&app, id).await?;
    let mut conn = app.db.acquire().await?;
    let (total, confidential, hidden) = store::submission_counts(&mut conn, id).await?;
    let (total, confidential, hidden) = (total as usize, confidential as usize, hidden as usize);
    let pages = (total - confidential).div_ceil(PAGE_SIZE).max(1);
    let page_number = q.page.unwrap_or(1).clamp(1, pages);
    let offset = ((page_number - 1) * PAGE_SIZE) as i64;
    let rows = store::public_submissions(&mut conn, id, PAGE_SIZE as i64, offset).await?.iter().map(|s| row(&app, s)).collect();
    Ok(html(&ListPage { page, consultation, rows, total, confidential, hidden, page_number, pages }))
}

async fn list_api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (_, rows) = rows(&app, id).await?;
    Ok(axum::Json(rows).into_response())
}

async fn list_csv(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (_, rows) = rows(&app, id).await?;
    let header = [
        "id",
        "on_behalf",
        "author",
        "organization",
        "stakeholder_group",
        "country",
        "received",
        "confidential",
        "hidden_reason",
        "text",
        "url",
    ];
    let rows = rows.into_iter().map(|r| {
        vec![
            r.id.to_string(),
            r.on_behalf,
            r.author,
            r.organization,
            r.stakeholder_group,
            r.country,
            r.received,
            r.confidential.to_string(),
            r.hidden_reason.unwrap_or_default(),
            r.text,
            r.url,
        ]
    });
    Ok(csv_response(&format!("consultation-{id}-submissions.csv"), csv_document(&header, rows)))
}

async fn list_atom(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(app
        .cache
        .respond(&app, format!("feed:consultation-{id}"), "application/atom+xml; charset=utf-8", || async {
            let c = load(&app, id).await?;
            let mut conn = app.db.acquire().await?;
            let mut submissions = store::submissions(&mut conn, id).await?;
            submissions.reverse();
            let entries: Vec<AtomEntry> = submissions
                .iter()
                .take(200)
                .map(|s| {
                    let r = row(&app, s);
                    AtomEntry {
                        id: r.url.clone(),
                        title: if r.confidential { format!("#{}", r.id) } else { format!("#{} {}", r.id, r.author) },
                        updated: s.updated_at,
                        link: format!("/submissions/{}", s.id),
                        content: r.text,
                    }
                })
                .collect();
            let path = format!("/consultations/{id}/submissions.atom");
            Ok(atom_feed(&app.config.public_url, &c.title, &path, &format!("/consultations/{id}/submissions"), &entries))
        })
        .await?)
}

/// One row of a synthesis matrix: a question or paragraph and its contributors counted.
pub struct CountRow {
    pub label: String,
    pub anchor: String,
    pub breakdown: Breakdown,
}

impl CountRow {
    pub fn group(&self, code: &&str) -> u64 {
        count(&self.breakdown.stakeholder_groups, code)
    }

    pub fn region(&self, code: &&str) -> u64 {
        count(&self.breakdown.regions, code)
    }

    pub fn developing(&self) -> u64 {
        count(&self.breakdown.development, "developing")
    }

    pub fn total(&self) -> u64 {
        self.breakdown.stakeholder_groups.total
    }
}

fn count(t: &Tally, key: &str) -> u64 {
    t.cells.iter().find(|c| c.key == key).and_then(|c| c.count).unwrap_or(0)
}

/// A choice question's tally as a chart beside its table.
pub struct ChoiceChart {
    pub question: String,
    pub chart: String,
    pub rows: Vec<(String, u64)>,
}

#[derive(Template)]
#[template(path = "consultations/synthesis.html")]
struct SynthesisPage {
    page: Page,
    consultation: Consultation,
    status: Status,
    overall: CountRow,
    questions: Vec<CountRow>,
    paragraphs: Vec<CountRow>,
    charts: Vec<ChoiceChart>,
    report_html: String,
    published: String,
    citations: Vec<Citation>,
    inquiries: Vec<(Inquiry, String)>,
    inquiry_open: bool,
    inquiry_until: String,
    groups: Vec<&'static str>,
    regions: Vec<&'static str>,
    error: String,
}

fn contributors(submissions: &[&Submission]) -> Breakdown {
    let people: Vec<Contributor> =
        submissions.iter().map(|s| Contributor { stakeholder_group: &s.stakeholder_group, country: &s.country }).collect();
    breakdown(&people)
}

async fn synthesis_page(app: &App, page: Page, id: i64, error: String) -> Result<SynthesisPage, AppError> {
    let c = load(app, id).await?;
    let mut conn = app.db.acquire().await?;
    let submissions = store::submissions(&mut conn, id).await?;
    let answers = store::answers(&mut conn, id, None).await?;
    let questions = store::questions(&mut conn, id).await?;
    let comments = store::comments(&mut conn, id).await?;
    let everyone: Vec<&Submission> = submissions.iter().collect();
    let overall = CountRow { label: page.t("synthesis-all-submissions"), anchor: String::new(), breakdown: contributors(&everyone) };
    let mut question_rows = Vec::new();
    let mut charts = Vec::new();
    for q in &questions {
        let these: Vec<&agora_store::consultations::StoredAnswer> = answers.iter().filter(|a| a.question_id == q.id).collect();
        let who: Vec<&Submission> = submissions.iter().filter(|s| these.iter().any(|a| a.submission_id == s.id)).collect();
        let label = format!("{}. {}", q.position, q.text);
        question_rows.push(CountRow { label: label.clone(), anchor: format!("question-{}", q.position), breakdown: contributors(&who) });
        let kind = QuestionKind::from_code(&q.kind).unwrap_or(QuestionKind::Text);
        if kind == QuestionKind::Text {
            continue;
        }
        let question = Question { kind, options: options(&q.options) };
        let read: Vec<Answer> = these
            .iter()
            .map(|a| Answer { text: String::new(), choices: a.choices.split(',').filter(|c| !c.is_empty()).map(String::from).collect() })
            .collect();
        let rows: Vec<(String, u64)> = choice_tally(&question, &read)
            .into_iter()
            .map(|(key, n)| {
                let label = match kind {
                    QuestionKind::Scale => page.term("agreement", &key),
                    _ => key.parse::<usize>().ok().and_then(|i| question.options.get(i).cloned()).unwrap_or(key),
                };
                (label, n)
            })
            .collect();
        let bars: Vec<Bar> = rows.iter().map(|(label, n)| Bar { label: label.clone(), value: Some(*n) }).collect();
        let description = page.t1("synthesis-chart-description", "total", read.len());
        let chart = bar_chart(&format!("chart-q{}", q.position), &label, &description, &bars, "", page.lang.is_right_to_left());
        charts.push(ChoiceChart { question: label, chart, rows });
    }
    let paragraphs = store::paragraphs(&mut conn, id)
        .await?
        .into_iter()
        .map(|p| {
            let people: Vec<Contributor> = comments
                .iter()
                .filter(|m| m.paragraph_id == p.id)
                .map(|m| Contributor { stakeholder_group: &m.stakeholder_group, country: &m.country })
                .collect();
            CountRow {
                label: page.t1("synthesis-paragraph", "number", p.position),
                anchor: format!("paragraph-{}", p.position),
                breakdown: breakdown(&people),
            }
        })
        .collect();
    let show_report = c.synthesis_status == "published" || page.may(Action::ManageConsultations);
    let inquiry_until = c.synthesis_published_at.map(|p| p + c.inquiry_days * 24 * 3600);
    let inquiries = store::inquiries(&mut conn, id).await?.into_iter().map(|i| (day_time(i.created_at), i)).map(|(d, i)| (i, d)).collect();
    Ok(SynthesisPage {
        status: status(&c),
        overall,
        questions: question_rows,
        paragraphs,
        charts,
        report_html: if show_report { agora_domain::markdown::render(&c.synthesis) } else { String::new() },
        published: c.synthesis_published_at.map(day).unwrap_or_default(),
        citations: if show_report { store::citations(&mut conn, id).await? } else { Vec::new() },
        inquiries,
        inquiry_open: inquiry_until.is_some_and(|u| agora_store::now() < u),
        inquiry_until: inquiry_until.map(|u| day(u - 1)).unwrap_or_default(),
        groups: StakeholderGroup::ALL.iter().map(|g| g.code()).collect(),
        regions: UnRegionalGroup::ALL.iter().map(|g| g.code()).collect(),
        consultation: c,
        page,
        error,
    })
}

async fn synthesis(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&synthesis_page(&app, page, id, String::new()).await?))
}

async fn save(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let text = form.get("synthesis").trim();
    let publish = form.get("action") == "publish";
    if publish && text.is_empty() {
        let view = synthesis_page(&app, page, id, String::new()).await?;
        let error = view.page.t("synthesis-error-empty");
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, html(&SynthesisPage { error, ..view })).into_response());
    }
    let mut tx = app.db.begin().await?;
    store::get(&mut tx, id).await?;
    store::save_synthesis(&mut tx, id, text, publish).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/consultations/{id}/synthesis"))).into_response())
}

async fn cite(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let submission_id: i64 = form.get("submission").trim().trim_start_matches('#').parse().unwrap_or(0);
    let mut tx = app.db.begin().await?;
    let belongs = store::submission(&mut tx, submission_id).await.ok().is_some_and(|s| s.consultation_id == id);
    if !belongs {
        drop(tx);
        let view = synthesis_page(&app, page, id, String::new()).await?;
        let error = view.page.t1("synthesis-error-citation", "number", form.get("submission"));
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, html(&SynthesisPage { error, ..view })).into_response());
    }
    store::cite(&mut tx, id, submission_id, form.get("used").trim()).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/consultations/{id}/synthesis#citations"))).into_response())
}

async fn inquire(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let c: Consultation = load(&app, id).await?;
    let until = c.synthesis_published_at.map(|p| p + c.inquiry_days * 24 * 3600);
    let text = form.get("inquiry").trim();
    let error = match until {
        None => Some(page.t("synthesis-inquiry-not-published")),
        Some(u) if agora_store::now() >= u => Some(page.t1("synthesis-inquiry-closed", "date", day(u - 1))),
        _ if text.is_empty() => Some(page.t("consultation-refused-empty")),
        _ if text.chars().count() > 5000 => Some(page.t1("synthesis-inquiry-too-long", "limit", 5000)),
        _ => None,
    };
    if let Some(error) = error {
        let view = synthesis_page(&app, page, id, error).await?;
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let mut tx = app.db.begin().await?;
    store::add_inquiry(&mut tx, id, user.id, text).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/consultations/{id}/synthesis#inquiries"))).into_response())
}

//! Public consultations: the list with its exports and feed, the Secretariat's form that opens or edits one,
//! and the consultation page where people answer the questionnaire, comment on the draft paragraph by
//! paragraph and vote on statements. Inputs, the synthesis and the opinion map have their own modules.

mod inputs;
mod moderation;
mod opinion;
mod synthesis;
pub mod writer;

use crate::dates::{day, parse_day};
use crate::export::{AtomEntry, atom_feed, csv_document, csv_response};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::accounts::Action;
use agora_domain::consultations::{
    Calendar, Eligibility, QuestionKind, QuestionText, Status, paragraphs, parse_questionnaire, questionnaire_text,
};
use agora_domain::people::{Language, StakeholderGroup, countries};
use agora_store::consultations::{self as store, Comment, Consultation, Counts, Paragraph, Question, Settings, Statement};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use serde::Serialize;

pub use inputs::InputForm;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/consultations", get(list))
        .route("/consultations.csv", get(list_csv))
        .route("/consultations.atom", get(list_atom))
        .route("/api/consultations", get(list_api))
        .route("/consultations/new", get(new_form).post(create))
        .route("/consultations/{id}", get(view))
        .route("/consultations/{id}/edit", get(edit_form).post(update))
        .merge(inputs::routes())
        .merge(moderation::routes())
        .merge(synthesis::routes())
        .merge(opinion::routes())
}

const DAY: i64 = 24 * 3600;

pub fn calendar(c: &Consultation) -> Calendar {
    Calendar {
        opens_at: c.opens_at,
        closes_at: c.closes_at,
        replies_until: c.replies_until,
        synthesis_published: c.synthesis_status == "published",
    }
}

pub fn status(c: &Consultation) -> Status {
    calendar(c).status(agora_store::now())
}

pub async fn load(app: &App, id: i64) -> Result<Consultation, AppError> {
    let mut conn = app.db.acquire().await?;
    Ok(store::get(&mut conn, id).await?)
}

/// A consultation as lists and the API show it.
#[derive(Serialize)]
pub struct Summary {
    pub id: i64,
    pub title: String,
    pub status: &'static str,
    pub opens: String,
    pub closes: String,
    pub eligibility: String,
    pub submissions: i64,
    pub comments: i64,
    pub statements: i64,
    pub votes: i64,
    pub url: String,
}

async fn summaries(app: &App) -> Result<Vec<Summary>, AppError> {
    let mut conn = app.db.acquire().await?;
    let counts = store::counts(&mut conn, None).await?;
    Ok(store::list(&mut conn)
        .await?
        .into_iter()
        .map(|c| {
            let n = counts.iter().find(|n| n.consultation_id == c.id).cloned().unwrap_or(Counts::default());
            Summary {
                id: c.id,
                status: status(&c).code(),
                opens: day(c.opens_at),
                closes: day(c.closes_at - 1),
                eligibility: c.eligibility.clone(),
                submissions: n.submissions,
                comments: n.comments,
                statements: n.statements,
                votes: n.votes,
                url: format!("{}/consultations/{}", app.config.public_url, c.id),
                title: c.title,
            }
        })
        .collect())
}

#[derive(Template)]
#[template(path = "consultations/list.html")]
struct ListPage {
    page: Page,
    consultations: Vec<Summary>,
}

async fn list(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    Ok(html(&ListPage { consultations: summaries(&app).await?, page }))
}

async fn list_api(State(app): State<App>) -> Result<Response, AppError> {
    Ok(axum::Json(summaries(&app).await?).into_response())
}

async fn list_csv(State(app): State<App>) -> Result<Response, AppError> {
    let header = ["id", "title", "status", "opens", "closes", "eligibility", "submissions", "comments", "statements", "votes", "url"];
    let rows = summaries(&app).await?.into_iter().map(|s| {
        vec![
            s.id.to_string(),
            s.title,
            s.status.into(),
            s.opens,
            s.closes,
            s.eligibility,
            s.submissions.to_string(),
            s.comments.to_string(),
            s.statements.to_string(),
            s.votes.to_string(),
            s.url,
        ]
    });
    Ok(csv_response("consultations.csv", csv_document(&header, rows)))
}

async fn list_atom(State(app): State<App>) -> Result<Response, AppError> {
    Ok(app
        .cache
        .respond(&app, "feed:consultations".into(), "application/atom+xml; charset=utf-8", || async {
            let mut conn = app.db.acquire().await?;
            let entries: Vec<AtomEntry> = store::list(&mut conn)
                .await?
                .into_iter()
                .map(|c| AtomEntry {
                    id: format!("{}/consultations/{}", app.config.public_url, c.id),
                    title: c.title,
                    updated: c.updated_at,
                    link: format!("/consultations/{}", c.id),
                    content: format!("{} – {}\n\n{}", day(c.opens_at), day(c.closes_at - 1), c.description),
                })
                .collect();
            let title = format!("{} — consultations", app.cache.identity(&app).await.display_name());
            Ok(atom_feed(&app.config.public_url, &title, "/consultations.atom", "/consultations", &entries))
        })
        .await?)
}

/// The Secretariat's consultation form as typed.
#[derive(Debug, Default)]
pub struct ConsultationForm {
    pub title: String,
    pub description: String,
    pub documents: String,
    pub opens: String,
    pub closes: String,
    pub replies_until: String,
    pub eligibility: String,
    pub languages: Vec<String>,
    pub allow_confidential: bool,
    pub max_text: String,
    pub inquiry_days: String,
    pub questionnaire: String,
    pub draft: String,
    pub statements: String,
    pub errors: Vec<(String, String)>,
}

impl ConsultationForm {
    fn from_form(form: &FormData) -> ConsultationForm {
        ConsultationForm {
            title: form.get("title").trim().into(),
            description: form.get("description").trim().into(),
            documents: form.get("documents").trim().into(),
            opens: form.get("opens").trim().into(),
            closes: form.get("closes").trim().into(),
            replies_until: form.get("replies_until").trim().into(),
            eligibility: form.get("eligibility").into(),
            languages: form.all("languages"),
            allow_confidential: form.checked("allow_confidential"),
            max_text: form.get("max_text").trim().into(),
            inquiry_days: form.get("inquiry_days").trim().into(),
            questionnaire: form.get("questionnaire").trim().into(),
            draft: form.get("draft").trim().into(),
            statements: form.get("statements").trim().into(),
            errors: Vec::new(),
        }
    }

    fn from_consultation(c: &Consultation, questions: &[Question], paragraphs: &[Paragraph]) -> ConsultationForm {
        let questions: Vec<QuestionText> = questions
            .iter()
            .map(|q| QuestionText {
                kind: QuestionKind::from_code(&q.kind).unwrap_or(QuestionKind::Text),
                text: q.text.clone(),
                options: agora_domain::consultations::options(&q.options),
            })
            .collect();
        ConsultationForm {
            title: c.title.clone(),
            description: c.description.clone(),
            documents: c.documents.clone(),
            opens: day(c.opens_at),
            closes: day(c.closes_at - 1),
            replies_until: c.replies_until.map(|r| day(r - 1)).unwrap_or_default(),
            eligibility: c.eligibility.clone(),
            languages: c.languages.split(',').filter(|l| !l.is_empty()).map(String::from).collect(),
            allow_confidential: c.allow_confidential == 1,
            max_text: c.max_text.to_string(),
            inquiry_days: c.inquiry_days.to_string(),
            questionnaire: questionnaire_text(&questions),
            draft: paragraphs.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n\n"),
            statements: String::new(),
            errors: Vec::new(),
        }
    }

    fn new_defaults() -> ConsultationForm {
        let today = agora_store::now();
        ConsultationForm {
            opens: day(today),
            closes: day(today + 42 * DAY),
            eligibility: Eligibility::Registered.code().into(),
            languages: Language::ALL.iter().map(|l| l.code().to_string()).collect(),
            max_text: "20000".into(),
            inquiry_days: "30".into(),
            ..ConsultationForm::default()
        }
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }

    pub fn has_language(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l == code)
    }

    /// Validates the form into the settings, questions and paragraphs to store, or records the errors.
    fn read(&mut self, page: &Page) -> Option<(Settings, Vec<QuestionText>, Vec<String>)> {
        let mut error = |field: &str, key: &str| self.errors.push((field.to_string(), page.t(key)));
        if self.title.is_empty() || self.title.chars().count() > 200 {
            error("title", "consultation-error-title");
        }
        let opens = parse_day(&self.opens);
        let closes = parse_day(&self.closes).map(|d| d + DAY);
        let replies_until =
            if self.replies_until.is_empty() { Ok(None) } else { parse_day(&self.replies_until).map(|d| Some(d + DAY)).ok_or(()) };
        if opens.is_none() {
            error("opens", "consultation-error-date");
        }
        match (opens, closes) {
            (_, None) => error("closes", "consultation-error-date"),
            (Some(o), Some(c)) if c <= o => error("closes", "consultation-error-order"),
            _ => {}
        }
        match (replies_until, closes) {
            (Err(()), _) => error("replies_until", "consultation-error-date"),
            (Ok(Some(r)), Some(c)) if r <= c => error("replies_until", "consultation-error-replies"),
            _ => {}
        }
        if Eligibility::from_code(&self.eligibility).is_none() {
            error("eligibility", "consultation-error-eligibility");
        }
        let max_text = self.max_text.parse::<i64>().ok().filter(|n| (100..=200_000).contains(n));
        if max_text.is_none() {
            error("max_text", "consultation-error-max-text");
        }
        let inquiry_days = self.inquiry_days.parse::<i64>().ok().filter(|n| (0..=365).contains(n));
        if inquiry_days.is_none() {
            error("inquiry_days", "consultation-error-inquiry-days");
        }
        let questions = match parse_questionnaire(&self.questionnaire) {
            Ok(q) => q,
            Err(e) => {
                let text = page.t1(&format!("consultation-error-question-{}", e.code), "number", e.question);
                self.errors.push(("questionnaire".into(), text));
                Vec::new()
            }
        };
        if !self.errors.is_empty() {
            return None;
        }
        let settings = Settings {
            title: self.title.clone(),
            description: self.description.clone(),
            documents: self.documents.clone(),
            opens_at: opens?,
            closes_at: closes?,
            replies_until: replies_until.ok()?,
            eligibility: self.eligibility.clone(),
            languages: self.languages.iter().filter(|l| Language::from_code(l).is_some()).cloned().collect::<Vec<_>>().join(","),
            allow_confidential: self.allow_confidential,
            max_text: max_text?,
            inquiry_days: inquiry_days?,
            ..Settings::default()
        };
        Some((settings, questions, paragraphs(&self.draft)))
    }
}

#[derive(Template)]
#[template(path = "consultations/form.html")]
struct FormPage {
    page: Page,
    consultation_id: Option<i64>,
    form: ConsultationForm,
    locked: bool,
}

impl FormPage {
    fn eligibilities(&self) -> Vec<(&'static str, String)> {
        Eligibility::ALL.iter().map(|e| (e.code(), self.page.term("eligibility", e.code()))).collect()
    }

    fn languages(&self) -> Vec<(&'static str, &'static str)> {
        Language::ALL.iter().map(|l| (l.code(), l.endonym())).collect()
    }
}

async fn new_form(page: Page) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    Ok(html(&FormPage { page, consultation_id: None, form: ConsultationForm::new_defaults(), locked: false }))
}

async fn create(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::ManageConsultations)?;
    let mut typed = ConsultationForm::from_form(&form);
    let Some((settings, questions, paragraphs)) = typed.read(&page) else {
        return Ok((
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            html(&FormPage { page, consultation_id: None, form: typed, locked: false }),
        )
            .into_response());
    };
    let mut tx = app.db.begin().await?;
    let id = store::create(&mut tx, &settings, Some(user.id)).await?;
    store::set_content(&mut tx, id, &stored_questions(&questions), &paragraphs).await?;
    for statement in agora_domain::consultations::options(&typed.statements) {
        store::add_statement(&mut tx, id, Some(user.id), &statement).await?;
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/consultations/{id}"))).into_response())
}

fn stored_questions(questions: &[QuestionText]) -> Vec<(String, String, String)> {
    questions.iter().map(|q| (q.kind.code().to_string(), q.text.clone(), q.options.join("\n"))).collect()
}

async fn edit_form(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let mut conn = app.db.acquire().await?;
    let c = store::get(&mut conn, id).await?;
    let form = ConsultationForm::from_consultation(&c, &store::questions(&mut conn, id).await?, &store::paragraphs(&mut conn, id).await?);
    let locked = has_inputs(&mut conn, id).await?;
    Ok(html(&FormPage { page, consultation_id: Some(id), form, locked }))
}

async fn has_inputs(conn: &mut agora_store::Conn, id: i64) -> Result<bool, AppError> {
    let counts = store::counts(conn, Some(id)).await?;
    Ok(counts.iter().any(|n| n.submissions + n.comments > 0))
}

async fn update(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let mut typed = ConsultationForm::from_form(&form);
    let mut tx = app.db.begin().await?;
    let locked = has_inputs(&mut tx, id).await?;
    let Some((settings, questions, paragraphs)) = typed.read(&page) else {
        drop(tx);
        return Ok((
            axum::http::StatusCode::UNPROCESSABLE_ENTITY,
            html(&FormPage { page, consultation_id: Some(id), form: typed, locked }),
        )
            .into_response());
    };
    store::update(&mut tx, id, &settings).await?;
    // Once people have answered or commented, the questions and paragraphs they point at stay as they were.
    if !locked {
        store::set_content(&mut tx, id, &stored_questions(&questions), &paragraphs).await?;
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/consultations/{id}"))).into_response())
}

/// A paragraph of the draft with its comments, replies under the comment they answer.
pub struct ParagraphView {
    pub paragraph: Paragraph,
    pub comments: Vec<(Comment, Vec<Comment>)>,
    pub count: usize,
}

fn threads(paragraphs: Vec<Paragraph>, comments: &[Comment]) -> Vec<ParagraphView> {
    paragraphs
        .into_iter()
        .map(|p| {
            let here: Vec<&Comment> = comments.iter().filter(|c| c.paragraph_id == p.id).collect();
            let threads = here
                .iter()
                .filter(|c| c.parent_id.is_none())
                .map(|c| ((*c).clone(), here.iter().filter(|r| r.parent_id == Some(c.id)).map(|r| (*r).clone()).collect()))
                .collect();
            ParagraphView { count: here.len(), comments: threads, paragraph: p }
        })
        .collect()
}

/// A statement with the reader's own vote.
pub struct StatementView {
    pub statement: Statement,
    pub mine: Option<i64>,
}

#[derive(Template)]
#[template(path = "consultations/view.html")]
pub struct ViewPage {
    pub page: Page,
    pub consultation: Consultation,
    pub status: Status,
    pub closes: String,
    pub description_html: String,
    pub documents_html: String,
    pub questions: Vec<Question>,
    pub paragraphs: Vec<ParagraphView>,
    pub statements: Vec<StatementView>,
    pub submissions: usize,
    pub own_submission: Option<i64>,
    pub form: InputForm,
    /// Why input is not taken now, in the reader's language; empty when it is.
    pub refusal: String,
    pub needs_identity: bool,
    pub related: Vec<agora_search::Hit>,
}

impl ViewPage {
    fn groups(&self) -> Vec<(&'static str, String)> {
        StakeholderGroup::ALL.iter().map(|g| (g.code(), self.page.term("stakeholder-group", g.code()))).collect()
    }

    fn countries(&self) -> Vec<(&'static str, &'static str)> {
        let mut list: Vec<(&'static str, &'static str)> = countries().iter().map(|c| (c.iso2, c.name_in(self.page.lang))).collect();
        list.sort_by(|a, b| a.1.cmp(b.1));
        list
    }

    fn choices(&self, q: &Question) -> Vec<(String, String)> {
        match QuestionKind::from_code(&q.kind) {
            Some(QuestionKind::Scale) => agora_domain::consultations::Agreement::ALL
                .iter()
                .map(|a| (a.code().to_string(), self.page.term("agreement", a.code())))
                .collect(),
            _ => agora_domain::consultations::options(&q.options).into_iter().enumerate().map(|(i, o)| (i.to_string(), o)).collect(),
        }
    }

    fn open(&self) -> bool {
        self.refusal.is_empty()
    }

    fn replies_open(&self) -> bool {
        matches!(self.status, Status::Open | Status::Replies)
    }
}

async fn view(
    State(app): State<App>,
    page: Page,
    headers: axum::http::HeaderMap,
    Path(id): Path<i64>,
    axum::extract::Query(q): axum::extract::Query<inputs::EditQuery>,
) -> Result<Response, AppError> {
    let c = load(&app, id).await?;
    if !q.edit.is_empty()
        && let Some(form) = inputs::form_from_link(&app, id, &q.edit).await?
    {
        return Ok(html(&view_page(&app, page, c, form).await?));
    }
    let mut form = InputForm::default();
    if page.user.is_none() {
        inputs::recall_commenter(&headers, &page, &mut form);
    }
    if let Some(user) = &page.user {
        let mut conn = app.db.acquire().await?;
        if let Some(own) = store::submission_of(&mut conn, id, user.id).await? {
            form = InputForm::from_submission(&own, &store::answers(&mut conn, id, Some(own.id)).await?);
        }
    }
    Ok(html(&view_page(&app, page, c, form).await?))
}

/// The consultation page, with the reader's typed (or stored) input in its forms.
pub async fn view_page(app: &App, page: Page, c: Consultation, form: InputForm) -> Result<ViewPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let id = c.id;
    let questions = store::questions(&mut conn, id).await?;
    let comments = store::comments(&mut conn, id).await?;
    let paragraphs = threads(store::paragraphs(&mut conn, id).await?, &comments);
    let voter = inputs::voter_key(&page);
    let mine = match &voter {
        Some(v) => store::votes_of(&mut conn, id, v).await?,
        None => Vec::new(),
    };
    let statements = store::statements(&mut conn, id)
        .await?
        .into_iter()
        .map(|s| StatementView { mine: mine.iter().find(|(sid, _)| *sid == s.id).map(|(_, v)| *v), statement: s })
        .collect();
    // Counted, not loaded: a flooded consultation has a million of them.
    let (submissions, _, _) = store::submission_counts(&mut conn, id).await?;
    let own_submission = match &page.user {
        Some(u) => store::submission_of(&mut conn, id, u.id).await?.map(|s| s.id),
        None => None,
    };
    let refusal = inputs::refusal(app, &page, &c, false).await.err().map(|key| key.sentence(&page)).unwrap_or_default();
    drop(conn);
    Ok(ViewPage {
        related: crate::search::related(app, "consultation", id).await,
        status: status(&c),
        closes: day(c.closes_at - 1),
        description_html: agora_domain::markdown::render(&c.description),
        documents_html: agora_domain::markdown::render(&c.documents),
        questions,
        paragraphs,
        statements,
        submissions: submissions as usize,
        own_submission,
        form,
        refusal,
        needs_identity: page.user.is_none(),
        consultation: c,
        page,
    })
}

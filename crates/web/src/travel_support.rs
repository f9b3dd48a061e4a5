//! Travel support (fellowships): the call's page (its rules, the reader's application with its partial request, the
//! recommendation's state and the report after the meeting, and the statistics as counts only), the recommender's
//! page reached from the mailed link, the evaluators' scoring page, and the Secretariat's page (settings,
//! screening, assignment, what the budget buys and what each priority costs, the staged selection and its
//! publication, which mails each applicant once, and the overdue reports). The JSON API serves the statistics.

use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError, auth, mail};
use agora_app::travel_support::{self as use_case, Form, TravelError};
use agora_domain::accounts::Action;
use agora_domain::people::Language;
use agora_domain::travel_support::{Analysis, Contribution, Statistics, Tally, TravelRules};
use agora_store::cycles::Cycle;
use agora_store::travel_support::{self as store, Application, Assignment};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Serialize;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cycles/{id}/travel-support", get(call))
        .route("/cycles/{id}/travel-support/application", post(save))
        .route("/cycles/{id}/travel-support/submission", post(submit))
        .route("/cycles/{id}/travel-support/report", post(report))
        .route("/cycles/{id}/travel-support/evaluate", get(evaluate))
        .route("/cycles/{id}/travel-support/manage", get(manage))
        .route("/cycles/{id}/travel-support/settings", post(settings))
        .route("/cycles/{id}/travel-support/screening", post(screen))
        .route("/cycles/{id}/travel-support/assignment", post(assign))
        .route("/cycles/{id}/travel-support/selection", post(stage))
        .route("/cycles/{id}/travel-support/publication", post(publish))
        .route("/travel-support/applications/{id}/score", post(score))
        .route("/travel-support/recommendations/{token}", get(recommendation).post(confirm))
        .route("/api/cycles/{id}/travel-support/statistics", get(statistics_api))
}

fn day(unix: i64) -> String {
    if unix > 0 { crate::dates::day(unix) } else { String::new() }
}

/// A person's language for their mail: the first of their languages, else English.
fn language_of(application: &Application) -> Language {
    application.languages.split(',').find_map(Language::from_code).unwrap_or(Language::English)
}

/// The sentence of a refusal and the field it belongs to ("form" for the whole form).
fn refusal(page: &Page, error: &TravelError) -> Option<(&'static str, String)> {
    Some(match error {
        TravelError::Refused(failure) => {
            let field = match failure.rule {
                agora_domain::travel_support::Rule::Country => "country",
                agora_domain::travel_support::Rule::Request => "ticket_usd",
                agora_domain::travel_support::Rule::Contribution => "contribution",
                _ => "form",
            };
            let sentence = match failure.rule {
                agora_domain::travel_support::Rule::Country => page.t1(&failure.key(), "country", page.country_name(&failure.detail)),
                agora_domain::travel_support::Rule::Request => page.t1(&failure.key(), "max", &failure.detail),
                _ => page.t(&failure.key()),
            };
            (field, sentence)
        }
        TravelError::Field(field) => (*field, page.t(&format!("travel-error-{}", field.replace('_', "-")))),
        TravelError::Submitted => ("form", page.t("travel-error-submitted")),
        TravelError::ScoreOutOfScale => ("score", page.t("travel-error-score")),
        TravelError::NotAssigned => ("score", page.t("travel-error-not-assigned")),
        TravelError::NothingStaged => ("form", page.t("travel-error-nothing-staged")),
        TravelError::AlreadyPublished => ("form", page.t("travel-error-published")),
        TravelError::OverBudget(over) => ("form", page.t1("travel-error-over-budget", "total", over)),
        TravelError::NotFunded => ("form", page.t("travel-error-not-funded")),
        TravelError::Store(_) => return None,
    })
}

/// What the application form shows again after a refusal: what was typed, and the reason by its field.
#[derive(Default)]
struct Typed {
    country: String,
    contribution: String,
    contribution_detail: String,
    ticket_usd: String,
    per_diem_usd: String,
    visa_usd: String,
    motivation: String,
    recommender_name: String,
    recommender_email: String,
    report: String,
    error: Option<(&'static str, String)>,
}

impl Typed {
    fn error_for(&self, field: &str) -> Option<String> {
        self.error.as_ref().filter(|(f, _)| *f == field).map(|(_, e)| e.clone())
    }

    fn of(a: &Application) -> Typed {
        let dollars = |v: i64| if v == 0 { String::new() } else { v.to_string() };
        Typed {
            country: a.country.clone(),
            contribution: a.contribution.clone(),
            contribution_detail: a.contribution_detail.clone(),
            ticket_usd: dollars(a.ticket_usd),
            per_diem_usd: dollars(a.per_diem_usd),
            visa_usd: dollars(a.visa_usd),
            motivation: a.motivation.clone(),
            recommender_name: a.recommender_name.clone(),
            recommender_email: a.recommender_email.clone(),
            report: a.report.clone(),
            error: None,
        }
    }

    fn from_form(form: &FormData) -> Typed {
        Typed {
            country: form.get("country").into(),
            contribution: form.get("contribution").into(),
            contribution_detail: form.get("contribution_detail").into(),
            ticket_usd: form.get("ticket_usd").into(),
            per_diem_usd: form.get("per_diem_usd").into(),
            visa_usd: form.get("visa_usd").into(),
            motivation: form.get("motivation").into(),
            recommender_name: form.get("recommender_name").into(),
            recommender_email: form.get("recommender_email").into(),
            report: form.get("report").into(),
            error: None,
        }
    }
}

/// One line of a statistics table, with its label in the reader's language.
pub struct TallyLine {
    pub label: String,
    pub applied: u32,
    pub funded: u32,
}

/// A statistics table: its title and lines.
pub struct TallyTable {
    pub title: String,
    pub lines: Vec<TallyLine>,
}

fn tables(page: &Page, statistics: &Statistics) -> Vec<TallyTable> {
    let table = |title: &str, vocabulary: &str, tallies: &[Tally]| TallyTable {
        title: page.t(title),
        lines: tallies
            .iter()
            .map(|t| TallyLine {
                label: if t.code == "unknown" { page.t("gender-not-stated") } else { page.term(vocabulary, &t.code) },
                applied: t.applied,
                funded: t.funded,
            })
            .collect(),
    };
    vec![
        table("statistics-by-regional-group", "regional-group", &statistics.by_region),
        table("statistics-by-stakeholder-group", "stakeholder-group", &statistics.by_group),
        table("statistics-by-gender", "gender", &statistics.by_gender),
        table("statistics-by-development-status", "development-status", &statistics.by_development),
    ]
}

#[derive(Template)]
#[template(path = "travel_support/call.html")]
struct CallPage {
    page: Page,
    cycle: Cycle,
    rules: TravelRules,
    open: bool,
    opens: String,
    closes: String,
    report_due: String,
    mine: Option<Application>,
    typed: Typed,
    countries: Vec<(&'static str, String)>,
    contributions: Vec<&'static str>,
    published: bool,
    statistics: Statistics,
    tables: Vec<TallyTable>,
    is_evaluator: bool,
    is_staff: bool,
}

impl CallPage {
    fn show_form(&self) -> bool {
        self.open && self.mine.as_ref().is_none_or(|a| a.status == "draft")
    }

    fn may_report(&self) -> bool {
        self.mine.as_ref().is_some_and(|a| a.decision == "funded" && a.report_filed_at.is_none())
    }
}

async fn call_page(app: &App, page: Page, cycle_id: i64, typed: Option<Typed>) -> Result<CallPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, cycle_id).await?;
    let rules = cycle.rules.travel_support.clone();
    let mine = match &page.user {
        Some(user) => store::of_participant(&mut conn, cycle_id, user.id).await?,
        None => None,
    };
    let published = store::selection(&mut conn, cycle_id).await?.is_some_and(|s| s.published_at.is_some());
    let statistics = use_case::statistics(&mut conn, cycle_id).await?;
    let typed = match typed {
        Some(t) => t,
        None => match (&mine, &page.user) {
            (Some(a), _) => Typed::of(a),
            (None, Some(user)) => {
                let me = agora_store::participants::get(&mut conn, user.id).await?;
                Typed { country: me.country, ..Typed::default() }
            }
            _ => Typed::default(),
        },
    };
    let mut countries: Vec<(&'static str, String)> =
        agora_domain::people::countries().iter().map(|c| (c.iso2, c.name_in(page.lang).to_string())).collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(CallPage {
        open: rules.is_open(agora_store::now()),
        opens: day(rules.opens_at),
        closes: day(rules.closes_at - 1),
        report_due: day(rules.report_due_at),
        tables: if published { tables(&page, &statistics) } else { Vec::new() },
        is_evaluator: page.may(Action::Evaluate),
        is_staff: page.may(Action::ManageTravelSupport),
        contributions: Contribution::ALL.iter().map(|c| c.code()).collect(),
        rules,
        page,
        cycle,
        mine,
        typed,
        countries,
        published,
        statistics,
    })
}

async fn call(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&call_page(&app, page, id, None).await?))
}

async fn refused_call(app: &App, page: Page, id: i64, typed: Typed, error: &TravelError) -> Result<Option<Response>, AppError> {
    let Some(sentence) = refusal(&page, error) else { return Ok(None) };
    let view = call_page(app, page, id, Some(Typed { error: Some(sentence), ..typed })).await?;
    Ok(Some((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response()))
}

/// Saves the reader's draft application; mails the recommender a link when they are new.
async fn save(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let typed = Typed::from_form(&form);
    let token = auth::random_token(24);
    let hash = auth::token_hash(&token);
    let input = use_case::Save {
        cycle_id: id,
        participant_id: user.id,
        form: Form {
            country: &typed.country,
            contribution: &typed.contribution,
            contribution_detail: &typed.contribution_detail,
            ticket_usd: &typed.ticket_usd,
            per_diem_usd: &typed.per_diem_usd,
            visa_usd: &typed.visa_usd,
            motivation: &typed.motivation,
            recommender_name: &typed.recommender_name,
            recommender_email: &typed.recommender_email,
        },
        recommendation_hash: &hash,
        now: agora_store::now(),
    };
    let mut tx = app.db.begin().await?;
    match use_case::save(&mut tx, &input).await {
        Ok(saved) => {
            if saved.mail_recommender {
                auth::spend_typed_address_mail(&app, Some(&user), "", 1)?;
                let cycle = agora_store::cycles::get(&mut tx, id).await?;
                let a = &saved.application;
                let args = [
                    ("name", a.name.clone()),
                    ("title", cycle.name.clone()),
                    ("link", format!("{}{}", app.config.public_url, page.href(&format!("/travel-support/recommendations/{token}")))),
                ];
                let subject = crate::i18n::text_with(page.lang, "mail-travel-recommendation-subject", &args);
                mail::queue(
                    &mut tx,
                    &a.recommender_email,
                    &subject,
                    &crate::i18n::text_with(page.lang, "mail-travel-recommendation-body", &args),
                )
                .await?;
            }
            tx.commit().await?;
            app.wake_mail();
            Ok(Redirect::to(&page.href(&format!("/cycles/{id}/travel-support"))).into_response())
        }
        Err(e) => {
            drop(tx);
            match refused_call(&app, page, id, typed, &e).await? {
                Some(response) => Ok(response),
                None => Err(e.into()),
            }
        }
    }
}

async fn submit(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut tx = app.db.begin().await?;
    match use_case::submit(&mut tx, id, user.id, agora_store::now()).await {
        Ok(_) => {
            tx.commit().await?;
            Ok(Redirect::to(&page.href(&format!("/cycles/{id}/travel-support"))).into_response())
        }
        Err(e) => {
            drop(tx);
            match refused_call(&app, page, id, Typed::default(), &e).await? {
                Some(response) => Ok(response),
                None => Err(e.into()),
            }
        }
    }
}

async fn report(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut tx = app.db.begin().await?;
    match use_case::file_report(&mut tx, id, user.id, form.get("report")).await {
        Ok(_) => {
            tx.commit().await?;
            Ok(Redirect::to(&page.href(&format!("/cycles/{id}/travel-support"))).into_response())
        }
        Err(e) => {
            drop(tx);
            let typed = Typed { report: form.get("report").into(), ..Typed::default() };
            match refused_call(&app, page, id, typed, &e).await? {
                Some(response) => Ok(response),
                None => Err(e.into()),
            }
        }
    }
}

#[derive(Template)]
#[template(path = "travel_support/recommendation.html")]
struct RecommendationPage {
    page: Page,
    token: String,
    cycle: Cycle,
    application: Application,
    letter: String,
    error: Option<String>,
}

impl RecommendationPage {
    fn contribution(&self) -> String {
        self.page.t(&format!("travel-contribution-{}", self.application.contribution))
    }

    fn intro(&self) -> String {
        self.page.t_with("travel-recommendation-intro", &[("name", self.application.name.clone()), ("title", self.cycle.name.clone())])
    }
}

async fn recommendation_page(
    app: &App,
    page: Page,
    token: String,
    letter: String,
    error: Option<String>,
) -> Result<RecommendationPage, AppError> {
    let mut conn = app.db.acquire().await?;
    let application = store::by_recommendation(&mut conn, &auth::token_hash(&token)).await?.ok_or(AppError::NotFound)?;
    let cycle = agora_store::cycles::get(&mut conn, application.cycle_id).await?;
    let letter = if letter.is_empty() { application.recommendation_letter.clone() } else { letter };
    Ok(RecommendationPage { page, token, cycle, application, letter, error })
}

/// The recommender's page, from the mailed link: no account needed, the link is the proof of the address.
async fn recommendation(State(app): State<App>, page: Page, Path(token): Path<String>) -> Result<Response, AppError> {
    Ok(html(&recommendation_page(&app, page, token, String::new(), None).await?))
}

async fn confirm(State(app): State<App>, page: Page, Path(token): Path<String>, form: FormData) -> Result<Response, AppError> {
    let mut tx = app.db.begin().await?;
    match use_case::confirm_recommendation(&mut tx, &auth::token_hash(&token), form.get("letter")).await {
        Ok(application) => {
            let cycle = agora_store::cycles::get(&mut tx, application.cycle_id).await?;
            if !application.email.is_empty() {
                let language = language_of(&application);
                let args = [
                    ("name", application.recommender_name.clone()),
                    ("title", cycle.name.clone()),
                    ("link", format!("{}/cycles/{}/travel-support", app.config.public_url, cycle.id)),
                ];
                let subject = crate::i18n::text_with(language, "mail-travel-recommended-subject", &args);
                mail::queue(
                    &mut tx,
                    &application.email,
                    &subject,
                    &crate::i18n::text_with(language, "mail-travel-recommended-body", &args),
                )
                .await?;
            }
            tx.commit().await?;
            app.wake_mail();
            Ok(Redirect::to(&page.href(&format!("/travel-support/recommendations/{token}"))).into_response())
        }
        Err(TravelError::Field(_)) => {
            drop(tx);
            let error = page.t("travel-error-letter");
            let view = recommendation_page(&app, page, token, form.get("letter").into(), Some(error)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

/// An assigned application as its evaluator reads it.
pub struct ToScore {
    pub application: Application,
    pub assignment: Assignment,
}

impl ToScore {
    /// Whether the evaluator gave it this score.
    fn is(&self, score: &u32) -> bool {
        self.assignment.score == Some(i64::from(*score))
    }
}

#[derive(Template)]
#[template(path = "travel_support/evaluate.html")]
struct EvaluatePage {
    page: Page,
    cycle: Cycle,
    items: Vec<ToScore>,
    scale: Vec<u32>,
    error: Option<(i64, String)>,
}

impl EvaluatePage {
    fn error_for(&self, id: &i64) -> Option<String> {
        self.error.as_ref().filter(|(e, _)| e == id).map(|(_, m)| m.clone())
    }
}

async fn evaluate_page(app: &App, page: Page, cycle_id: i64, error: Option<(i64, String)>) -> Result<EvaluatePage, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::Evaluate)?;
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, cycle_id).await?;
    let mut items = Vec::new();
    for assignment in store::assignments_of(&mut conn, cycle_id, user.id).await? {
        let application = store::get(&mut conn, assignment.application_id).await?;
        items.push(ToScore { application, assignment });
    }
    let scale = (cycle.rules.score_min..=cycle.rules.score_max).collect();
    Ok(EvaluatePage { page, cycle, items, scale, error })
}

async fn evaluate(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&evaluate_page(&app, page, id, None).await?))
}

async fn score(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    user.require(Action::Evaluate)?;
    let cycle_id = {
        let mut conn = app.db.acquire().await?;
        store::get(&mut conn, id).await?.cycle_id
    };
    let value = form.get("score").trim().parse::<u32>().unwrap_or(0);
    let mut tx = app.db.begin().await?;
    match use_case::score(&mut tx, id, user.id, value, form.get("comment")).await {
        Ok(()) => {
            tx.commit().await?;
            Ok(Redirect::to(&page.href(&format!("/cycles/{cycle_id}/travel-support/evaluate"))).into_response())
        }
        Err(e) => {
            drop(tx);
            let Some((_, sentence)) = refusal(&page, &e) else { return Err(e.into()) };
            let view = evaluate_page(&app, page, cycle_id, Some((id, sentence))).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
        }
    }
}

/// One application on the Secretariat's page.
pub struct Line {
    pub application: Application,
    pub failures: Vec<String>,
    pub scores: Vec<Assignment>,
    pub merit: Option<u32>,
    pub selected: bool,
}

/// One priority's effect, as the page shows it.
pub struct EffectLine {
    pub name: String,
    pub points: u32,
    pub funded_with: usize,
    pub brings_in: usize,
    pub leaves_out: usize,
    pub cost_points: i64,
}

#[derive(Template)]
#[template(path = "travel_support/manage.html")]
struct ManagePage {
    page: Page,
    cycle: Cycle,
    rules: TravelRules,
    opens: String,
    closes: String,
    report_due: String,
    economies: String,
    lines: Vec<Line>,
    analysis: Analysis,
    effects: Vec<EffectLine>,
    staged: Vec<i64>,
    staged_amount: i64,
    published: bool,
    overdue: Vec<Application>,
    error: Option<String>,
    notice: Option<String>,
}

async fn manage_page(app: &App, page: Page, cycle_id: i64, error: Option<String>, notice: Option<String>) -> Result<ManagePage, AppError> {
    page.require_user()?.require(Action::ManageTravelSupport)?;
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, cycle_id).await?;
    let rules = cycle.rules.travel_support.clone();
    let applications = store::list(&mut conn, cycle_id).await?;
    let assignments = store::assignments(&mut conn, cycle_id).await?;
    let (candidates, analysis) = use_case::analyse(&mut conn, cycle_id).await?;
    let selection = store::selection(&mut conn, cycle_id).await?;
    let staged = store::staged(&mut conn, cycle_id).await?;
    let overdue = use_case::overdue(&mut conn, cycle_id, agora_store::now()).await?;
    let lines = applications
        .into_iter()
        .map(|a| Line {
            failures: use_case::failures_of(&a).iter().map(|r| page.t(&format!("travel-rule-{}-short", r.code()))).collect(),
            scores: assignments.iter().filter(|s| s.application_id == a.id).cloned().collect(),
            merit: candidates.iter().find(|(c, _)| c.id == a.id).map(|(_, c)| c.merit),
            selected: analysis.selection.ids.contains(&a.id),
            application: a,
        })
        .collect();
    let effects = analysis
        .priorities
        .iter()
        .map(|e| EffectLine {
            name: page.t(&format!("travel-priority-{}", e.priority.code())),
            points: e.points,
            funded_with: e.funded_with,
            brings_in: e.brings_in.len(),
            leaves_out: e.leaves_out.len(),
            cost_points: e.cost_points,
        })
        .collect();
    Ok(ManagePage {
        opens: day(rules.opens_at),
        closes: day(rules.closes_at - 1),
        report_due: day(rules.report_due_at),
        economies: rules.listed_economies.join(" "),
        staged_amount: selection.as_ref().map_or(0, |s| s.amount_usd),
        published: selection.as_ref().is_some_and(|s| s.published_at.is_some()),
        rules,
        page,
        cycle,
        lines,
        analysis,
        effects,
        staged,
        overdue,
        error,
        notice,
    })
}

async fn manage(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&manage_page(&app, page, id, None, None).await?))
}

/// Reads the settings form into the call's rules, or the first problem's sentence key.
fn read_settings(form: &FormData, rules: &TravelRules) -> Result<TravelRules, &'static str> {
    let mut rules = rules.clone();
    let date = |name: &str| -> Result<i64, &'static str> {
        let text = form.get(name).trim();
        if text.is_empty() { Ok(0) } else { crate::dates::parse_day(text).ok_or("travel-error-date") }
    };
    rules.opens_at = date("opens")?;
    rules.closes_at = date("closes")?;
    if rules.closes_at > 0 {
        rules.closes_at += 86_400;
    }
    rules.report_due_at = date("report_due")?;
    let number = |name: &str| form.get(name).trim().parse::<u32>().ok().filter(|n| *n <= 100_000_000).ok_or("travel-error-number");
    rules.budget_usd = number("budget_usd")?;
    rules.max_request_usd = number("max_request_usd")?;
    rules.first_timer_points = number("first_timer_points")?;
    rules.partial_request_points = number("partial_request_points")?;
    rules.gender_balance_points = number("gender_balance_points")?;
    rules.region_balance_points = number("region_balance_points")?;
    rules.evaluators_per_application = number("evaluators_per_application")?;
    rules.exclude_same_country = form.checked("exclude_same_country");
    rules.listed_economies =
        form.get("listed_economies").split([' ', ',']).filter(|c| !c.is_empty()).map(|c| c.to_ascii_uppercase()).collect();
    match rules.problems().first() {
        Some(problem) => Err(match *problem {
            "travel-dates" => "travel-error-dates",
            "travel-evaluators" => "travel-error-evaluators",
            _ => "travel-error-economies",
        }),
        None => Ok(rules),
    }
}

async fn settings(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageTravelSupport)?;
    let mut tx = app.db.begin().await?;
    let cycle = agora_store::cycles::get(&mut tx, id).await?;
    match read_settings(&form, &cycle.rules.travel_support) {
        Ok(rules) => {
            let mut all = cycle.rules.clone();
            all.travel_support = rules;
            agora_store::cycles::set_rules(&mut tx, id, &all).await?;
            tx.commit().await?;
            app.cache.invalidate();
            Ok(Redirect::to(&page.href(&format!("/cycles/{id}/travel-support/manage"))).into_response())
        }
        Err(key) => {
            drop(tx);
            let error = page.t(key);
            let view = manage_page(&app, page, id, Some(error), None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
        }
    }
}

/// Runs one of the Secretariat's operations in a transaction and comes back to the page (or with the refusal).
async fn staff_step<F>(app: &App, page: Page, id: i64, step: F) -> Result<Response, AppError>
where
    F: AsyncFnOnce(&mut agora_store::Conn) -> Result<(), TravelError>,
{
    page.require_user()?.require(Action::ManageTravelSupport)?;
    let mut tx = app.db.begin().await?;
    match step(&mut *tx).await {
        Ok(()) => {
            tx.commit().await?;
            app.cache.invalidate();
            app.wake_mail();
            Ok(Redirect::to(&page.href(&format!("/cycles/{id}/travel-support/manage"))).into_response())
        }
        Err(e) => {
            drop(tx);
            let Some((_, sentence)) = refusal(&page, &e) else { return Err(e.into()) };
            let view = manage_page(app, page, id, Some(sentence), None).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
        }
    }
}

async fn screen(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    staff_step(&app, page, id, async |tx| use_case::screen(tx, id).await.map(|_| ())).await
}

async fn assign(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    staff_step(&app, page, id, async |tx| use_case::assign(tx, id).await.map(|_| ())).await
}

async fn stage(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let by = page.require_user()?.id;
    staff_step(&app, page, id, async |tx| use_case::stage(tx, id, by).await.map(|_| ())).await
}

/// Publishes the staged selection (the form's confirmation box ticked) and mails each applicant their decision.
async fn publish(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    if !form.checked("confirm") {
        page.require_user()?.require(Action::ManageTravelSupport)?;
        let error = page.t("travel-error-confirm");
        let view = manage_page(&app, page, id, Some(error), None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let public_url = app.config.public_url.clone();
    staff_step(&app, page, id, async |tx| {
        let decided = use_case::publish(tx, id).await?;
        let cycle = agora_store::cycles::get(tx, id).await?;
        for a in decided.iter().filter(|a| !a.email.is_empty()) {
            let language = language_of(a);
            let args = [
                ("name", a.name.clone()),
                ("title", cycle.name.clone()),
                ("total", a.amount_usd().to_string()),
                ("date", day(cycle.rules.travel_support.report_due_at)),
                ("link", format!("{public_url}/cycles/{id}/travel-support")),
            ];
            let key = format!("mail-travel-{}", a.decision);
            let subject = crate::i18n::text_with(language, &format!("{key}-subject"), &args);
            let body = crate::i18n::text_with(language, &format!("{key}-body"), &args);
            mail::queue(tx, &a.email, &subject, &body).await?;
        }
        Ok(())
    })
    .await
}

/// The call's statistics: counts of who applied and who was funded by UN regional group, stakeholder group,
/// gender and development status. Counts only; funded counts are 0 until the selection is published.
#[derive(Serialize, utoipa::ToSchema)]
pub struct StatisticsJson {
    pub cycle_id: i64,
    pub published: bool,
    pub applied: u32,
    pub funded: u32,
    /// Each as [{"code", "applied", "funded"}].
    #[schema(value_type = Object)]
    pub by_region: serde_json::Value,
    #[schema(value_type = Object)]
    pub by_group: serde_json::Value,
    #[schema(value_type = Object)]
    pub by_gender: serde_json::Value,
    #[schema(value_type = Object)]
    pub by_development: serde_json::Value,
}

#[utoipa::path(get, path = "/api/cycles/{id}/travel-support/statistics", tag = "travel-support",
    params(("id" = i64, Path, description = "the cycle")),
    responses((status = 200, description = "who applied and who was funded, as counts only", body = StatisticsJson),
              (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn statistics_api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    agora_store::cycles::get(&mut conn, id).await?;
    let published = store::selection(&mut conn, id).await?.is_some_and(|s| s.published_at.is_some());
    let s = use_case::statistics(&mut conn, id).await?;
    let json = |t: &[Tally]| serde_json::to_value(t).unwrap_or_default();
    Ok(axum::Json(StatisticsJson {
        cycle_id: id,
        published,
        applied: s.applied,
        funded: if published { s.funded } else { 0 },
        by_region: json(&s.by_region),
        by_group: json(&s.by_group),
        by_gender: json(&s.by_gender),
        by_development: json(&s.by_development),
    })
    .into_response())
}

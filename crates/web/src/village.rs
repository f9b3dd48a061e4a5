//! The IGF Village: the public page (the exhibitors as a list, and the floor plan as an SVG grid with its text
//! alternative), the booth application form, and the Secretariat's page: the floor plan's layout, staged
//! decisions published with one mail each, and the booths' allocation. The rules are `agora_domain::village`;
//! the operations `agora_app::village`.

use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError, mail};
use agora_app::village::{self as use_case, VillageError};
use agora_domain::accounts::Action;
use agora_domain::people::{Language, StakeholderGroup};
use agora_domain::village::{
    AllocationRefused, Application as Form, ApplicationRefused, FloorPlan, Need, PlanRefused, Status, parse_numbers,
};
use agora_store::cycles::Cycle;
use agora_store::village::{self as store, Application};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Serialize;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cycles/{id}/village", get(village).post(apply))
        .route("/cycles/{id}/village/manage", get(manage))
        .route("/cycles/{id}/village/plan", post(set_plan))
        .route("/cycles/{id}/village/publish", post(publish))
        .route("/cycles/{id}/village/fill-in", post(fill_in))
        .route("/village/applications/{id}/stage", post(stage))
        .route("/village/applications/{id}/booth", post(allocate))
        .route("/api/cycles/{id}/village", get(api_exhibitors))
}

/// One cell of the plan as drawn: where, its number, and who is there.
struct Drawn {
    number: u32,
    x: u32,
    y: u32,
    usable: bool,
    holder: String,
}

const CELL: u32 = 64;

/// The floor plan as the pages draw it.
struct Plan {
    rows: u32,
    columns: u32,
    width: u32,
    height: u32,
    cells: Vec<Drawn>,
    usable: usize,
    allocated: usize,
}

fn drawn(plan: &FloorPlan, exhibitors: &[Application]) -> Plan {
    let cells: Vec<Drawn> = plan
        .cells()
        .into_iter()
        .map(|c| Drawn {
            number: c.number,
            x: c.column * CELL,
            y: c.row * CELL,
            usable: c.usable,
            holder: exhibitors.iter().find(|a| a.booth == Some(i64::from(c.number))).map(|a| a.organization.clone()).unwrap_or_default(),
        })
        .collect();
    Plan {
        rows: plan.rows,
        columns: plan.columns,
        width: plan.columns * CELL,
        height: plan.rows * CELL,
        usable: plan.usable_count(),
        allocated: cells.iter().filter(|c| !c.holder.is_empty()).count(),
        cells,
    }
}

/// What the application form shows again after a refusal.
#[derive(Default)]
struct Typed {
    organization: String,
    stakeholder_group: String,
    description: String,
    needs: Vec<String>,
    error: Option<(&'static str, String)>,
}

impl Typed {
    fn error_for(&self, field: &str) -> Option<String> {
        self.error.as_ref().filter(|(f, _)| *f == field).map(|(_, e)| e.clone())
    }

    fn has(&self, need: &&str) -> bool {
        self.needs.iter().any(|n| n == need)
    }
}

#[derive(Template)]
#[template(path = "village/village.html")]
struct VillagePage {
    page: Page,
    cycle: Cycle,
    plan: Plan,
    exhibitors: Vec<Application>,
    mine: Option<Application>,
    open: bool,
    typed: Typed,
    groups: Vec<&'static str>,
    needs: Vec<&'static str>,
}

impl VillagePage {
    fn show_form(&self) -> bool {
        self.open && self.mine.as_ref().is_none_or(|a| a.status == "submitted")
    }
}

fn needs_of(application: &Application) -> Vec<String> {
    application.needs.split(',').filter(|n| !n.is_empty()).map(str::to_string).collect()
}

async fn village_page(app: &App, page: Page, cycle_id: i64, typed: Option<Typed>) -> Result<VillagePage, AppError> {
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, cycle_id).await?;
    let mut exhibitors = store::list(&mut conn, cycle_id, Some(Status::Selected.code())).await?;
    exhibitors.sort_by_key(|a| (a.booth.unwrap_or(i64::MAX), a.id));
    let plan = drawn(&use_case::plan(&mut conn, cycle_id).await?, &exhibitors);
    let mine = match &page.user {
        Some(user) => store::of_participant(&mut conn, cycle_id, user.id).await?,
        None => None,
    };
    let typed = match (typed, &mine, &page.user) {
        (Some(typed), _, _) => typed,
        (None, Some(a), _) => Typed {
            organization: a.organization.clone(),
            stakeholder_group: a.stakeholder_group.clone(),
            description: a.description.clone(),
            needs: needs_of(a),
            error: None,
        },
        (None, None, Some(user)) => {
            let me = agora_store::participants::get(&mut conn, user.id).await?;
            Typed { organization: me.organization.unwrap_or_default(), stakeholder_group: me.stakeholder_group, ..Typed::default() }
        }
        (None, None, None) => Typed::default(),
    };
    let open = cycle.phase(agora_domain::cycles::Phase::Meeting).is_some_and(|d| agora_store::now() < d.end);
    Ok(VillagePage {
        groups: StakeholderGroup::ALL.iter().map(|g| g.code()).collect(),
        needs: Need::ALL.iter().map(|n| n.code()).collect(),
        page,
        cycle,
        plan,
        exhibitors,
        mine,
        open,
        typed,
    })
}

async fn village(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&village_page(&app, page, id, None).await?))
}

/// Applies for a booth, or updates the reader's application while it is undecided.
async fn apply(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let user_id = page.require_user()?.id;
    let typed = Typed {
        organization: form.get("organization").into(),
        stakeholder_group: form.get("stakeholder_group").into(),
        description: form.get("description").into(),
        needs: form.all("needs"),
        error: None,
    };
    let input = use_case::Apply {
        cycle_id: id,
        participant_id: user_id,
        form: Form {
            organization: &typed.organization,
            stakeholder_group: &typed.stakeholder_group,
            description: &typed.description,
            needs: &typed.needs,
        },
        now: agora_store::now(),
    };
    let mut tx = app.db.begin().await?;
    let refusal = match use_case::apply(&mut tx, &input).await {
        Ok(_) => {
            tx.commit().await?;
            return Ok(Redirect::to(&page.href(&format!("/cycles/{id}/village#mine"))).into_response());
        }
        Err(VillageError::Refused(ApplicationRefused::Closed)) => ("form", page.t("village-closed")),
        Err(VillageError::Refused(ApplicationRefused::Field(field))) => {
            (field, page.t(&format!("village-error-{}", field.replace('_', "-"))))
        }
        Err(VillageError::Decided) => ("form", page.t("village-decided")),
        Err(e) => return Err(e.into()),
    };
    drop(tx);
    let view = village_page(&app, page, id, Some(Typed { error: Some(refusal), ..typed })).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
}

#[derive(Template)]
#[template(path = "village/manage.html")]
struct ManagePage {
    page: Page,
    cycle: Cycle,
    plan: Plan,
    rows: String,
    columns: String,
    unusable: String,
    applications: Vec<Application>,
    staged_selected: usize,
    staged_declined: usize,
    free_booths: Vec<u32>,
    error: Option<(String, String)>,
}

impl ManagePage {
    /// The refusal shown by a form (`plan`, or an application's id).
    fn error_for(&self, at: &str) -> Option<String> {
        self.error.as_ref().filter(|(a, _)| a == at).map(|(_, e)| e.clone())
    }

    fn needs_of(&self, application: &Application) -> Vec<String> {
        needs_of(application)
    }
}

async fn manage_page(
    app: &App,
    page: Page,
    cycle_id: i64,
    error: Option<(String, String)>,
    typed_plan: Option<(String, String, String)>,
) -> Result<ManagePage, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let mut conn = app.db.acquire().await?;
    let cycle = agora_store::cycles::get(&mut conn, cycle_id).await?;
    let applications = store::list(&mut conn, cycle_id, None).await?;
    let floor = use_case::plan(&mut conn, cycle_id).await?;
    let selected: Vec<Application> = applications.iter().filter(|a| a.status == "selected").cloned().collect();
    let plan = drawn(&floor, &selected);
    let free_booths = plan.cells.iter().filter(|c| c.usable && c.holder.is_empty()).map(|c| c.number).collect();
    let (rows, columns, unusable) = typed_plan.unwrap_or_else(|| {
        (floor.rows.to_string(), floor.columns.to_string(), floor.unusable.iter().map(u32::to_string).collect::<Vec<_>>().join(", "))
    });
    Ok(ManagePage {
        staged_selected: applications.iter().filter(|a| a.staged.as_deref() == Some("selected")).count(),
        staged_declined: applications.iter().filter(|a| a.staged.as_deref() == Some("declined")).count(),
        page,
        cycle,
        plan,
        rows,
        columns,
        unusable,
        applications,
        free_booths,
        error,
    })
}

async fn manage(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(html(&manage_page(&app, page, id, None, None).await?))
}

async fn refused_view(
    app: &App,
    page: Page,
    cycle_id: i64,
    at: String,
    sentence: String,
    typed_plan: Option<(String, String, String)>,
) -> Result<Response, AppError> {
    let view = manage_page(app, page, cycle_id, Some((at, sentence)), typed_plan).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
}

async fn set_plan(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let typed = (form.get("rows").trim().to_string(), form.get("columns").trim().to_string(), form.get("unusable").to_string());
    let (rows, columns, unusable) = (typed.0.parse::<u32>(), typed.1.parse::<u32>(), parse_numbers(&typed.2));
    let (Ok(rows), Ok(columns), Some(unusable)) = (rows, columns, unusable) else {
        let sentence = page.t("village-plan-numbers");
        return refused_view(&app, page, id, "plan".into(), sentence, Some(typed)).await;
    };
    let mut tx = app.db.begin().await?;
    agora_store::cycles::get(&mut tx, id).await?;
    match use_case::set_plan(&mut tx, id, &FloorPlan { rows, columns, unusable }).await {
        Ok(()) => {
            tx.commit().await?;
            app.cache.invalidate();
            Ok(Redirect::to(&page.href(&format!("/cycles/{id}/village/manage"))).into_response())
        }
        Err(VillageError::Plan(refused)) => {
            drop(tx);
            let sentence = match refused {
                PlanRefused::Size => page.t1("village-plan-size", "max", agora_domain::village::MAX_SIDE),
                PlanRefused::NotOnPlan { booth, last } => {
                    page.t_with("village-not-on-plan", &[("number", booth.to_string()), ("max", last.to_string())])
                }
                PlanRefused::Allocated { booth } => page.t1("village-plan-allocated", "number", booth),
            };
            refused_view(&app, page, id, "plan".into(), sentence, Some(typed)).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn stage(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let to = match form.get("decision") {
        "" => None,
        code => Some(Status::from_code(code).ok_or_else(|| AppError::BadRequest(format!("decision: {code:?} is not one")))?),
    };
    let mut tx = app.db.begin().await?;
    match use_case::stage(&mut tx, id, to).await {
        Ok(application) => {
            tx.commit().await?;
            Ok(Redirect::to(&page.href(&format!("/cycles/{}/village/manage#application-{id}", application.cycle_id))).into_response())
        }
        Err(VillageError::Decided) => {
            let application = store::get(&mut tx, id).await?;
            drop(tx);
            let sentence = page.t("village-decided");
            refused_view(&app, page, application.cycle_id, id.to_string(), sentence, None).await
        }
        Err(e) => Err(e.into()),
    }
}

/// A person's language for the mail they are sent.
fn language_of(application: &Application) -> Language {
    application.languages.split(',').find_map(Language::from_code).unwrap_or(Language::English)
}

/// Publishes the staged decisions: each applicant decided is mailed once, in the same transaction.
async fn publish(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let mut tx = app.db.begin().await?;
    let cycle = agora_store::cycles::get(&mut tx, id).await?;
    let decided = use_case::publish(&mut tx, id).await?;
    for application in decided.iter().filter(|a| !a.email.is_empty()) {
        let args = [
            ("name", application.name.clone()),
            ("organization", application.organization.clone()),
            ("title", cycle.name.clone()),
            ("link", format!("{}/cycles/{id}/village", app.config.public_url)),
        ];
        let key = format!("mail-village-{}", application.status);
        let language = language_of(application);
        let subject = crate::i18n::text_with(language, &format!("{key}-subject"), &args);
        let body = crate::i18n::text_with(language, &format!("{key}-body"), &args);
        mail::queue(&mut tx, &application.email, &subject, &body).await?;
    }
    tx.commit().await?;
    app.wake_mail();
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/cycles/{id}/village/manage"))).into_response())
}

async fn allocate(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let booth = match form.get("booth").trim() {
        "" => None,
        text => Some(text.parse::<u32>().map_err(|_| AppError::BadRequest(format!("booth: {text:?} is not a number")))?),
    };
    let mut tx = app.db.begin().await?;
    match use_case::allocate(&mut tx, id, booth).await {
        Ok(application) => {
            tx.commit().await?;
            app.cache.invalidate();
            Ok(Redirect::to(&page.href(&format!("/cycles/{}/village/manage#application-{id}", application.cycle_id))).into_response())
        }
        Err(VillageError::Allocation(refused)) => {
            let application = store::get(&mut tx, id).await?;
            drop(tx);
            let sentence = match refused {
                AllocationRefused::NotSelected => page.t("village-not-selected"),
                AllocationRefused::NotOnPlan { booth, last } => {
                    page.t_with("village-not-on-plan", &[("number", booth.to_string()), ("max", last.to_string())])
                }
                AllocationRefused::Unusable { booth } => page.t1("village-unusable", "number", booth),
                AllocationRefused::Taken { booth, holder } => {
                    page.t_with("village-taken", &[("number", booth.to_string()), ("organization", holder)])
                }
            };
            refused_view(&app, page, application.cycle_id, id.to_string(), sentence, None).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn fill_in(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageMeeting)?;
    let mut tx = app.db.begin().await?;
    agora_store::cycles::get(&mut tx, id).await?;
    use_case::fill_in(&mut tx, id).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/cycles/{id}/village/manage"))).into_response())
}

/// An exhibitor of the Village as the API gives it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Exhibitor {
    pub organization: String,
    pub stakeholder_group: String,
    pub description: String,
    /// The booth's number on the floor plan, once allocated.
    pub booth: Option<i64>,
}

/// The Village's exhibitors (the published selection), by booth.
#[utoipa::path(get, path = "/api/cycles/{id}/village", tag = "meeting",
    params(("id" = i64, Path, description = "The cycle")),
    responses((status = 200, body = [Exhibitor]), (status = 404, description = "No such cycle")))]
pub(crate) async fn api_exhibitors(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    agora_store::cycles::get(&mut conn, id).await?;
    let mut exhibitors = store::list(&mut conn, id, Some(Status::Selected.code())).await?;
    exhibitors.sort_by_key(|a| (a.booth.unwrap_or(i64::MAX), a.id));
    let rows: Vec<Exhibitor> = exhibitors
        .into_iter()
        .map(|a| Exhibitor {
            organization: a.organization,
            stakeholder_group: a.stakeholder_group,
            description: a.description,
            booth: a.booth,
        })
        .collect();
    Ok(axum::Json(rows).into_response())
}

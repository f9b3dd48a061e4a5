//! Groups: the MAG with its balance panel, dynamic coalitions, best practice forums, policy networks, NRIs
//! listed by UN region, and working groups — drafting, the criteria a group must meet to be published,
//! membership and roles, yearly reports. A group's space (discussion, documents, meetings) and its decisions
//! live in their own modules and reach the group through [`viewer`].

use crate::dates;
use crate::export::{csv_document, csv_response};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::accounts::{Action, normalise_email};
use agora_domain::cycles::CycleRules;
use agora_domain::groups::{BalanceWarning, GroupKind, GroupRole, MagMember, NriLevel, is_active, mag_balance, missing_criteria};
use agora_domain::people::{StakeholderGroup, UnRegionalGroup, countries, country};
use agora_store::groups::{self as store, Group, GroupFields, Member, Report};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};

/// The group as the reader sees it: their role in it, and whether they lead it (its chair or a coordinator,
/// or the Secretariat, which leads every group).
pub struct Viewer {
    pub group: Group,
    pub role: Option<GroupRole>,
    pub leads: bool,
}

impl Viewer {
    /// Members speak in the group (post, take positions); observers only follow.
    pub fn is_member(&self) -> bool {
        self.role.is_some_and(|r| r != GroupRole::Observer)
    }

    pub fn require_lead(&self) -> Result<(), AppError> {
        if self.leads { Ok(()) } else { Err(AppError::Forbidden) }
    }

    pub fn require_member(&self) -> Result<(), AppError> {
        if self.is_member() || self.leads { Ok(()) } else { Err(AppError::ForbiddenBecause("group-members-only".into())) }
    }
}

/// Loads a group for the reader. A draft is shown only to its members and the Secretariat.
pub async fn viewer(app: &App, page: &Page, group_id: i64) -> Result<Viewer, AppError> {
    let mut conn = app.db.acquire().await?;
    let group = store::get(&mut conn, group_id).await?;
    let role = match &page.user {
        Some(user) => store::role_of(&mut conn, group_id, user.id).await?.as_deref().and_then(GroupRole::from_code),
        None => None,
    };
    let manages = page.may(Action::ManageGroups);
    if !group.is_published() && role.is_none() && !manages {
        return Err(AppError::NotFound);
    }
    Ok(Viewer { leads: manages || role.is_some_and(GroupRole::leads), group, role })
}

pub fn routes() -> Router<App> {
    Router::new()
        .route("/groups", get(list).post(create))
        .route("/groups.csv", get(list_csv))
        .route("/api/groups", get(list_api))
        .route("/groups/new", get(new_form))
        .route("/nris", get(nris))
        .route("/groups/{id}", get(view))
        .route("/api/groups/{id}", get(view_api))
        .route("/groups/{id}/members.csv", get(members_csv))
        .route("/groups/{id}/edit", get(edit_form).post(edit))
        .route("/groups/{id}/publish", post(publish))
        .route("/groups/{id}/join", post(join))
        .route("/groups/{id}/leave", post(leave))
        .route("/groups/{id}/members", post(set_member))
        .route("/group-invitations/{token}", get(invitation_page).post(answer_invitation))
        .route("/groups/{id}/reports", post(file_report))
}

fn this_year() -> i32 {
    dates::day(agora_store::now())[..4].parse().unwrap_or(2026)
}

/// The rules of the newest cycle (the MAG's balance, consensus), or the IGF's defaults before any cycle exists.
pub(crate) async fn current_rules(conn: &mut agora_store::Conn) -> Result<CycleRules, AppError> {
    let cycles = agora_store::cycles::list(conn).await?;
    match cycles.first() {
        Some(c) => Ok(agora_store::cycles::get(conn, c.id).await?.rules),
        None => Ok(CycleRules::default()),
    }
}

/// A published coalition or NRI that filed no report for last year is inactive (and loses its session slot).
fn activity(group: &Group, last_report: Option<i64>, year: i32) -> Option<bool> {
    let kind = GroupKind::from_code(&group.kind)?;
    kind.reports_yearly().then(|| is_active(last_report.map(|y| y as i32), year))
}

/// A group as lists show it.
#[derive(Serialize)]
pub struct Listed {
    id: i64,
    kind: String,
    name: String,
    acronym: String,
    country: String,
    region: String,
    nri_level: String,
    status: String,
    members: i64,
    last_annual_report: Option<i64>,
    /// Coalitions and NRIs only.
    active: Option<bool>,
    website: String,
}

async fn listed(app: &App, kind: Option<&str>, with_drafts: bool) -> Result<Vec<Listed>, AppError> {
    let mut conn = app.db.acquire().await?;
    let groups = store::list(&mut conn, kind, with_drafts).await?;
    let counts = store::member_counts(&mut conn).await?;
    let reports = store::last_annual_reports(&mut conn).await?;
    let year = this_year();
    Ok(groups
        .into_iter()
        .map(|g| {
            let last = reports.iter().find(|(id, _)| *id == g.id).map(|(_, y)| *y);
            Listed {
                active: activity(&g, last, year),
                members: counts.iter().find(|(id, _)| *id == g.id).map_or(0, |(_, n)| *n),
                last_annual_report: last,
                region: group_region(&g),
                id: g.id,
                kind: g.kind,
                name: g.name,
                acronym: g.acronym,
                country: g.country,
                nri_level: g.nri_level,
                status: g.status,
                website: g.website,
            }
        })
        .collect())
}

/// A national NRI's UN regional group comes from its country; a regional one names its own.
fn group_region(g: &Group) -> String {
    if !g.region.is_empty() {
        return g.region.clone();
    }
    country(&g.country).map_or(String::new(), |c| c.un_regional_group.code().to_string())
}

#[derive(Deserialize, Default)]
pub(crate) struct KindFilter {
    #[serde(default)]
    kind: String,
}

impl KindFilter {
    fn kind(&self) -> Option<&str> {
        GroupKind::from_code(&self.kind).map(GroupKind::code)
    }
}

#[derive(Template)]
#[template(path = "groups/list.html")]
struct ListPage {
    page: Page,
    groups: Vec<Listed>,
    kind: String,
    drafts: Vec<Listed>,
}

impl ListPage {
    fn kinds(&self) -> Vec<(&'static str, String)> {
        GroupKind::ALL.iter().map(|k| (k.code(), self.page.term("group-kind", k.code()))).collect()
    }

    fn of_kind(&self, kind: &&str) -> Vec<&Listed> {
        self.groups.iter().filter(|g| g.kind == *kind).collect()
    }
}

async fn list(State(app): State<App>, page: Page, Query(filter): Query<KindFilter>) -> Result<Response, AppError> {
    // One read of every group: the published ones of the kind asked for, and the drafts this reader may see.
    let mine: Vec<i64> = match &page.user {
        Some(user) => {
            let mut conn = app.db.acquire().await?;
            store::memberships(&mut conn, user.id).await?.into_iter().map(|(id, _, _)| id).collect()
        }
        None => Vec::new(),
    };
    let manages = page.may(Action::ManageGroups);
    let (drafts, published): (Vec<Listed>, Vec<Listed>) =
        listed(&app, None, page.user.is_some()).await?.into_iter().partition(|g| g.status == "draft");
    let drafts = drafts.into_iter().filter(|g| manages || mine.contains(&g.id)).collect();
    let groups = published.into_iter().filter(|g| filter.kind().is_none_or(|k| g.kind == k)).collect();
    Ok(html(&ListPage { page, groups, kind: filter.kind().unwrap_or("").to_string(), drafts }))
}

#[utoipa::path(get, path = "/api/groups", tag = "groups",
    params(("kind" = Option<String>, Query, description = "mag, dynamic-coalition, best-practice-forum, policy-network, nri or working-group")),
    responses((status = 200, description = "the published groups with their member counts, last yearly report and activity")))]
pub(crate) async fn list_api(State(app): State<App>, Query(filter): Query<KindFilter>) -> Result<Response, AppError> {
    Ok(axum::Json(listed(&app, filter.kind(), false).await?).into_response())
}

async fn list_csv(State(app): State<App>, Query(filter): Query<KindFilter>) -> Result<Response, AppError> {
    let header = ["id", "kind", "name", "acronym", "country", "region", "nri_level", "members", "last_annual_report", "active", "website"];
    let rows = listed(&app, filter.kind(), false).await?.into_iter().map(|g| {
        vec![
            g.id.to_string(),
            g.kind,
            g.name,
            g.acronym,
            g.country,
            g.region,
            g.nri_level,
            g.members.to_string(),
            g.last_annual_report.map_or(String::new(), |y| y.to_string()),
            g.active.map_or(String::new(), |a| a.to_string()),
            g.website,
        ]
    });
    Ok(csv_response("groups.csv", csv_document(&header, rows)))
}

#[derive(Template)]
#[template(path = "groups/nris.html")]
struct NrisPage {
    page: Page,
    regions: Vec<(String, Vec<Listed>)>,
    total: usize,
}

/// The NRIs by UN regional group, as the IGF lists them.
async fn nris(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let all = listed(&app, Some(GroupKind::Nri.code()), false).await?;
    let total = all.len();
    let mut regions: Vec<(String, Vec<Listed>)> = UnRegionalGroup::ALL.iter().map(|r| (r.code().to_string(), Vec::new())).collect();
    for nri in all {
        let i = regions.iter().position(|(r, _)| *r == nri.region).unwrap_or(regions.len() - 1);
        regions[i].1.push(nri);
    }
    regions.retain(|(_, list)| !list.is_empty());
    Ok(html(&NrisPage { page, regions, total }))
}

/// The group's form, as typed: the stored fields, the consultation's number as typed, and the errors.
#[derive(Default)]
pub struct GroupForm {
    pub fields: GroupFields,
    pub consultation_id: String,
    pub errors: Vec<(String, String)>,
}

impl std::ops::Deref for GroupForm {
    type Target = GroupFields;
    fn deref(&self) -> &GroupFields {
        &self.fields
    }
}

impl std::ops::DerefMut for GroupForm {
    fn deref_mut(&mut self) -> &mut GroupFields {
        &mut self.fields
    }
}

impl GroupForm {
    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| f == field).map(|(_, e)| e.as_str())
    }

    fn of(g: &Group) -> GroupForm {
        let fields = g.fields();
        GroupForm { consultation_id: fields.consultation_id.map_or(String::new(), |c| c.to_string()), fields, errors: Vec::new() }
    }

    /// Reads and checks the form; `kind` is fixed once the group exists.
    fn read(form: &FormData, page: &Page, kind: &str) -> GroupForm {
        let consultation_id = form.get("consultation_id").trim().to_string();
        let fields = GroupFields {
            kind: kind.to_string(),
            name: form.get("name").trim().into(),
            acronym: form.get("acronym").trim().into(),
            description: form.get("description").trim().into(),
            statement_of_need: form.get("statement_of_need").trim().into(),
            action_plan: form.get("action_plan").trim().into(),
            contact_email: form.get("contact_email").trim().into(),
            website: form.get("website").trim().into(),
            country: form.get("country").trim().into(),
            region: form.get("region").into(),
            nri_level: form.get("nri_level").into(),
            open_membership: form.checked("open_membership"),
            consultation_id: consultation_id.parse().ok(),
        };
        let mut typed = GroupForm { fields, consultation_id, errors: Vec::new() };
        let mut errors = Vec::new();
        let kind = GroupKind::from_code(&typed.kind);
        if kind.is_none() {
            errors.push(("kind", "group-error-kind"));
        }
        if typed.name.is_empty() || typed.name.chars().count() > 200 {
            errors.push(("name", "group-error-name"));
        }
        if typed.description.chars().count() > 20_000
            || typed.statement_of_need.chars().count() > 20_000
            || typed.action_plan.chars().count() > 20_000
        {
            errors.push(("description", "group-error-too-long"));
        }
        if !typed.contact_email.is_empty() {
            match normalise_email(&typed.contact_email) {
                Ok(email) => typed.contact_email = email,
                Err(_) => errors.push(("contact_email", "group-error-email")),
            }
        }
        if !agora_domain::is_web_link_or_empty(&typed.website) {
            errors.push(("website", "group-error-website"));
        }
        if !typed.country.is_empty() && country(&typed.country).is_none() {
            errors.push(("country", "group-error-country"));
        }
        if !typed.region.is_empty() && UnRegionalGroup::from_code(&typed.region).is_none() {
            errors.push(("region", "group-error-region"));
        }
        if kind == Some(GroupKind::Nri) {
            match NriLevel::from_code(&typed.nri_level) {
                None => errors.push(("nri_level", "group-error-nri-level")),
                Some(NriLevel::National | NriLevel::Youth) if typed.country.is_empty() => {
                    errors.push(("country", "group-error-nri-country"))
                }
                Some(NriLevel::Regional | NriLevel::SubRegional) if typed.region.is_empty() && typed.country.is_empty() => {
                    errors.push(("region", "group-error-nri-region"))
                }
                _ => {}
            }
        } else {
            typed.nri_level.clear();
        }
        if !typed.consultation_id.is_empty() && typed.consultation_id.parse::<i64>().is_err() {
            errors.push(("consultation_id", "group-error-consultation"));
        }
        typed.errors = errors.into_iter().map(|(f, k)| (f.to_string(), page.t(k))).collect();
        typed
    }
}

#[derive(Template)]
#[template(path = "groups/form.html")]
struct FormPage {
    page: Page,
    form: GroupForm,
    /// The group being edited; None for a new one.
    group_id: Option<i64>,
    kinds: Vec<GroupKind>,
}

impl FormPage {
    fn kind_options(&self) -> Vec<(&'static str, String)> {
        self.kinds.iter().map(|k| (k.code(), self.page.term("group-kind", k.code()))).collect()
    }

    fn levels(&self) -> Vec<(&'static str, String)> {
        NriLevel::ALL.iter().map(|l| (l.code(), self.page.term("nri-level", l.code()))).collect()
    }

    fn regions(&self) -> Vec<(&'static str, String)> {
        UnRegionalGroup::ALL.iter().map(|r| (r.code(), self.page.term("regional-group", r.code()))).collect()
    }

    fn countries(&self) -> Vec<(&'static str, &'static str)> {
        let mut list: Vec<(&'static str, &'static str)> = countries().iter().map(|c| (c.iso2, c.name_in(self.page.lang))).collect();
        list.sort_by(|a, b| a.1.cmp(b.1));
        list
    }

    fn action(&self) -> String {
        match self.group_id {
            Some(id) => self.page.href(&format!("/groups/{id}/edit")),
            None => self.page.href("/groups"),
        }
    }
}

/// What the reader may create: anyone logged in drafts a coalition or a working group; the Secretariat any kind.
fn creatable(page: &Page) -> Vec<GroupKind> {
    if page.may(Action::ManageGroups) { GroupKind::ALL.to_vec() } else { vec![GroupKind::DynamicCoalition, GroupKind::WorkingGroup] }
}

async fn new_form(page: Page, Query(filter): Query<KindFilter>) -> Result<Response, AppError> {
    page.require_user()?;
    let kinds = creatable(&page);
    let kind = filter.kind().filter(|k| kinds.iter().any(|c| c.code() == *k)).unwrap_or("");
    let fields = GroupFields { kind: kind.into(), open_membership: true, ..GroupFields::default() };
    let form = GroupForm { fields, ..GroupForm::default() };
    Ok(html(&FormPage { page, form, group_id: None, kinds }))
}

async fn create(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.id;
    let kinds = creatable(&page);
    let mut typed = GroupForm::read(&form, &page, form.get("kind"));
    if let Some(kind) = GroupKind::from_code(&typed.kind) {
        if !kinds.contains(&kind) {
            return Err(AppError::Forbidden);
        }
        // The MAG is appointed; every other group is open unless its creator closes it.
        if kind == GroupKind::Mag {
            typed.open_membership = false;
        }
    }
    save(&app, page, typed, None, kinds, Some(user)).await
}

async fn edit_form(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let viewer = viewer(&app, &page, id).await?;
    viewer.require_lead()?;
    let form = GroupForm::of(&viewer.group);
    Ok(html(&FormPage { page, form, group_id: Some(id), kinds: Vec::new() }))
}

async fn edit(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let viewer = viewer(&app, &page, id).await?;
    viewer.require_lead()?;
    let mut typed = GroupForm::read(&form, &page, &viewer.group.kind);
    if viewer.group.kind == GroupKind::Mag.code() {
        typed.open_membership = false;
    }
    save(&app, page, typed, Some(id), Vec::new(), None).await
}

/// Saves a new group (`group_id` None) or the edits of one; the form comes back as typed when it is refused.
async fn save(
    app: &App,
    page: Page,
    mut typed: GroupForm,
    group_id: Option<i64>,
    kinds: Vec<GroupKind>,
    creator: Option<i64>,
) -> Result<Response, AppError> {
    if typed.errors.is_empty() {
        let mut tx = app.db.begin().await?;
        let saved = match group_id {
            Some(id) => store::update(&mut tx, id, &typed.fields).await.map(|()| id),
            None => store::create(&mut tx, &typed.fields, creator, this_year()).await,
        };
        match saved {
            Err(agora_store::StoreError::Conflict) => typed.errors.push(("name".into(), page.t("group-error-name-taken"))),
            other => {
                let id = other?;
                tx.commit().await?;
                app.cache.invalidate();
                return Ok(Redirect::to(&page.href(&format!("/groups/{id}"))).into_response());
            }
        }
    }
    Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&FormPage { page, form: typed, group_id, kinds })).into_response())
}

/// Everything the overview shows about one group.
struct Overview {
    members: Vec<Member>,
    reports: Vec<Report>,
    missing: Vec<&'static str>,
    active: Option<bool>,
    balance: Option<Balance>,
}

/// The MAG's balance panel: seats by stakeholder group against an equal split, and the rules that break.
pub struct Balance {
    pub seats: Vec<(String, usize)>,
    pub warnings: Vec<BalanceWarning>,
    pub rules: agora_domain::groups::MagRules,
}

fn stakeholder_groups(members: &[Member]) -> Vec<StakeholderGroup> {
    members
        .iter()
        .filter(|m| m.role != GroupRole::Observer.code())
        .filter_map(|m| StakeholderGroup::from_code(&m.stakeholder_group))
        .collect()
}

fn missing(group: &Group, members: &[Member]) -> Vec<&'static str> {
    let Some(kind) = GroupKind::from_code(&group.kind) else { return Vec::new() };
    let has_contact = !group.contact_email.is_empty();
    missing_criteria(kind, !group.statement_of_need.is_empty(), !group.action_plan.is_empty(), has_contact, &stakeholder_groups(members))
}

fn balance(group: &Group, members: &[Member], rules: &CycleRules, year: i32) -> Balance {
    let seated: Vec<MagMember> = members
        .iter()
        .filter_map(|m| {
            Some(MagMember {
                stakeholder_group: StakeholderGroup::from_code(&m.stakeholder_group)?,
                country: m.country.clone(),
                consecutive_terms: m.terms.max(1) as u32,
                new_this_year: m.first_year == year as i64,
                observer: m.role == GroupRole::Observer.code(),
            })
        })
        .collect();
    let seats = StakeholderGroup::ALL
        .iter()
        .map(|g| (g.code().to_string(), seated.iter().filter(|m| !m.observer && m.stakeholder_group == *g).count()))
        .collect();
    let mag_rules = rules.mag_rules();
    Balance { seats, warnings: mag_balance(&seated, &group.country, &mag_rules), rules: mag_rules }
}

async fn overview(app: &App, group: &Group) -> Result<Overview, AppError> {
    let mut conn = app.db.acquire().await?;
    let members = store::members(&mut conn, group.id).await?;
    let reports = store::reports(&mut conn, group.id).await?;
    let year = this_year();
    let last = reports.iter().filter(|r| r.kind == "annual").map(|r| r.year).max();
    let balance =
        if group.kind == GroupKind::Mag.code() { Some(balance(group, &members, &current_rules(&mut conn).await?, year)) } else { None };
    Ok(Overview { missing: missing(group, &members), active: activity(group, last, year), balance, members, reports })
}

#[derive(Template)]
#[template(path = "groups/view.html")]
struct ViewPage {
    page: Page,
    viewer: Viewer,
    overview: Overview,
    /// Set when publishing was refused: the criteria are listed as an error.
    publish_refused: bool,
    year: i32,
    report_error: Option<String>,
    report_body: String,
    /// A lead has just invited someone: the page says what happens next (the same whether the address is known).
    invited: bool,
}

impl ViewPage {
    fn region(&self) -> String {
        group_region(&self.viewer.group)
    }

    fn markdown(&self, text: &str) -> String {
        agora_domain::markdown::render(text)
    }

    fn warning(&self, w: &BalanceWarning) -> String {
        let p = &self.page;
        match w {
            BalanceWarning::GovernmentShare { seats, of, max_percent } => p.t_with(
                "mag-warning-government",
                &[("seats", seats.to_string()), ("of", of.to_string()), ("max", max_percent.to_string())],
            ),
            BalanceWarning::GroupOutOfBalance { group, seats, expected } => p.t_with(
                "mag-warning-group",
                &[("group", p.term("stakeholder-group", group.code())), ("seats", seats.to_string()), ("expected", expected.to_string())],
            ),
            BalanceWarning::TooManyTerms { members, max } => {
                p.t_with("mag-warning-terms", &[("members", members.to_string()), ("max", max.to_string())])
            }
            BalanceWarning::LowRotation { new, of, min_percent } => {
                p.t_with("mag-warning-rotation", &[("new", new.to_string()), ("of", of.to_string()), ("min", min_percent.to_string())])
            }
            BalanceWarning::NoHostCountrySeat { country } => p.t1("mag-warning-host", "country", p.country_name(country)),
            BalanceWarning::SizeOff { members, target } => {
                p.t_with("mag-warning-size", &[("members", members.to_string()), ("target", target.to_string())])
            }
        }
    }

    fn roles(&self) -> Vec<(&'static str, String)> {
        GroupRole::ALL.iter().map(|r| (r.code(), self.page.term("group-role", r.code()))).collect()
    }

    fn report_kinds(&self) -> Vec<&'static str> {
        if GroupKind::from_code(&self.viewer.group.kind).is_some_and(GroupKind::reports_yearly) {
            vec!["annual"]
        } else {
            vec!["annual", "final"]
        }
    }
}

async fn view_page(app: &App, page: Page, id: i64) -> Result<ViewPage, AppError> {
    let viewer = viewer(app, &page, id).await?;
    let overview = overview(app, &viewer.group).await?;
    Ok(ViewPage {
        page,
        viewer,
        overview,
        publish_refused: false,
        year: this_year(),
        report_error: None,
        report_body: String::new(),
        invited: false,
    })
}

#[derive(Deserialize)]
struct ViewQuery {
    #[serde(default)]
    invited: String,
}

async fn view(State(app): State<App>, page: Page, Path(id): Path<i64>, Query(query): Query<ViewQuery>) -> Result<Response, AppError> {
    let mut view = view_page(&app, page, id).await?;
    view.invited = !query.invited.is_empty() && view.viewer.leads;
    Ok(html(&view))
}

#[derive(Serialize)]
struct GroupJson {
    #[serde(flatten)]
    group: Group,
    members: Vec<MemberJson>,
    reports: Vec<Report>,
    missing_criteria: Vec<&'static str>,
    active: Option<bool>,
    balance_warnings: Option<Vec<BalanceWarning>>,
}

/// A member as the public sees them: names and stakeholder groups of a public group are public; nothing else.
#[derive(Serialize)]
struct MemberJson {
    name: String,
    stakeholder_group: String,
    country: String,
    role: String,
    first_year: i64,
    terms: i64,
}

fn public_members(members: &[Member]) -> Vec<MemberJson> {
    members
        .iter()
        .map(|m| MemberJson {
            name: m.name.clone(),
            stakeholder_group: m.stakeholder_group.clone(),
            country: m.country.clone(),
            role: m.role.clone(),
            first_year: m.first_year,
            terms: m.terms,
        })
        .collect()
}

#[utoipa::path(get, path = "/api/groups/{id}", tag = "groups", params(("id" = i64, Path)),
    responses((status = 200, description = "a group with its members, reports, missing criteria, activity and (the MAG) balance warnings"),
              (status = 404, body = crate::json_api::ApiError)))]
pub(crate) async fn view_api(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let viewer = viewer(&app, &page, id).await?;
    let o = overview(&app, &viewer.group).await?;
    Ok(axum::Json(GroupJson {
        members: public_members(&o.members),
        reports: o.reports,
        missing_criteria: o.missing,
        active: o.active,
        balance_warnings: o.balance.map(|b| b.warnings),
        group: viewer.group,
    })
    .into_response())
}

async fn members_csv(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let viewer = viewer(&app, &page, id).await?;
    let mut conn = app.db.acquire().await?;
    let members = public_members(&store::members(&mut conn, viewer.group.id).await?);
    let header = ["name", "stakeholder_group", "country", "role", "first_year", "terms"];
    let rows =
        members.into_iter().map(|m| vec![m.name, m.stakeholder_group, m.country, m.role, m.first_year.to_string(), m.terms.to_string()]);
    Ok(csv_response(&format!("group-{id}-members.csv"), csv_document(&header, rows)))
}

/// Publishes a draft once it meets its criteria; otherwise the overview comes back listing what is missing.
async fn publish(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let mut view = view_page(&app, page, id).await?;
    view.viewer.require_lead()?;
    if !view.overview.missing.is_empty() {
        view.publish_refused = true;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let mut tx = app.db.begin().await?;
    store::publish(&mut tx, id).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/groups/{id}"))).into_response())
}

async fn join(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?;
    let viewer = viewer(&app, &page, id).await?;
    if viewer.role.is_none() {
        if viewer.group.open_membership != 1 || !viewer.group.is_published() {
            return Err(AppError::ForbiddenBecause("group-closed-membership".into()));
        }
        let mut tx = app.db.begin().await?;
        store::join(&mut tx, id, user.id, GroupRole::Member.code(), this_year()).await?;
        tx.commit().await?;
        app.cache.invalidate();
    }
    Ok(Redirect::to(&page.href(&format!("/groups/{id}"))).into_response())
}

async fn leave(State(app): State<App>, page: Page, Path(id): Path<i64>, _form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?;
    let mut tx = app.db.begin().await?;
    match store::leave(&mut tx, id, user.id).await {
        Err(agora_store::StoreError::NotFound) => {}
        other => other?,
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/groups/{id}"))).into_response())
}

/// A lead sets a member's role, removes a member, or adds a registered participant by email — a coalition's
/// founding members before it can be published, the MAG's appointees with their terms.
async fn set_member(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let viewer = viewer(&app, &page, id).await?;
    viewer.require_lead()?;
    let role = GroupRole::from_code(form.get("role")).ok_or_else(|| AppError::BadRequest("unknown role".into()))?;
    let mut tx = app.db.begin().await?;
    if form.get("action") == "remove" {
        let participant: i64 = form.get("participant").parse().map_err(|_| AppError::BadRequest("participant".into()))?;
        store::leave(&mut tx, id, participant).await?;
    } else if !form.get("email").trim().is_empty() {
        let email = normalise_email(form.get("email").trim()).map_err(|_| AppError::BadRequest("email".into()))?;
        if !page.may(Action::ManageGroups) {
            invite(&app, &page, &mut tx, &viewer.group, &email, role).await?;
            tx.commit().await?;
            app.wake_mail();
            return Ok(Redirect::to(&page.href(&format!("/groups/{id}?invited=1#members"))).into_response());
        }
        // The Secretariat's appointment (the MAG, a BPF's facilitators) is an official act, public as the UN's is.
        let Some((participant, _)) = agora_store::participants::credentials(&mut tx, &email).await? else {
            return Err(AppError::NotFoundBecause("group-no-such-participant".into()));
        };
        let first_year = form.get("first_year").parse().unwrap_or_else(|_| this_year());
        let terms = form.get("terms").parse::<i64>().unwrap_or(1).clamp(1, 50);
        store::appoint(&mut tx, id, participant, role.code(), first_year, terms).await?;
    } else {
        let participant: i64 = form.get("participant").parse().map_err(|_| AppError::BadRequest("participant".into()))?;
        store::set_role(&mut tx, id, participant, role.code()).await?;
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/groups/{id}#members"))).into_response())
}

/// How long a group invitation can be answered.
const INVITATION_LIFETIME_SECS: i64 = 14 * 24 * 3600;

/// The purpose of a group invitation's one-time token: the group and the role offered.
fn invitation_purpose(group_id: i64, role: GroupRole) -> String {
    format!("group-invitation:{group_id}:{}", role.code())
}

fn parse_invitation_purpose(purpose: &str) -> Option<(i64, GroupRole)> {
    let mut parts = purpose.strip_prefix("group-invitation:")?.splitn(2, ':');
    Some((parts.next()?.parse().ok()?, GroupRole::from_code(parts.next()?)?))
}

/// A lead invites a participant by email: membership is never imposed (the person may have opted out of the
/// directory, and members are listed and mailed). The answer is the same whether the address is registered or not,
/// so the form tells nobody who has an account; each invitation is spent from the lead's budget of mail to typed
/// addresses, registered or not, so the budget does not tell either.
async fn invite(app: &App, page: &Page, tx: &mut agora_store::Tx, group: &Group, email: &str, role: GroupRole) -> Result<(), AppError> {
    crate::auth::spend_typed_address_mail(app, page.user.as_ref(), "", 1)?;
    let Some((participant, _)) = agora_store::participants::credentials(tx, email).await? else {
        return Ok(());
    };
    let token = crate::auth::random_token(24);
    let purpose = invitation_purpose(group.id, role);
    agora_store::participants::issue_token(tx, participant, &purpose, &crate::auth::token_hash(&token), INVITATION_LIFETIME_SECS).await?;
    let invited = agora_store::participants::get(tx, participant).await?;
    let args = [
        ("name", invited.name.clone()),
        ("group", group.label()),
        ("role", page.term("group-role", role.code())),
        ("link", format!("{}{}", app.config.public_url, page.href(&format!("/group-invitations/{token}")))),
    ];
    let subject = page.t1("mail-group-invitation-subject", "forum", page.identity.display_name());
    crate::mail::queue(tx, &invited.email, &subject, &crate::i18n::text_with(page.lang, "mail-group-invitation-body", &args)).await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "groups/invitation.html")]
struct InvitationPage {
    page: Page,
    token: String,
    /// The group and the role offered; `None` when the link is unknown, used or expired.
    offer: Option<(Group, String)>,
}

/// What a live invitation link offers to the logged-in person it was sent to.
async fn invitation_offer(app: &App, page: &Page, token: &str) -> Result<Option<(Group, GroupRole)>, AppError> {
    let Some(user) = page.user.as_ref() else { return Ok(None) };
    let mut conn = app.db.acquire().await?;
    let Some((participant, purpose)) = agora_store::participants::live_token(&mut conn, &crate::auth::token_hash(token)).await? else {
        return Ok(None);
    };
    let Some((group_id, role)) = parse_invitation_purpose(&purpose).filter(|_| participant == user.id) else {
        return Ok(None);
    };
    Ok(Some((store::get(&mut conn, group_id).await?, role)))
}

async fn invitation_page(State(app): State<App>, page: Page, Path(token): Path<String>) -> Result<Response, AppError> {
    let offer = invitation_offer(&app, &page, &token).await?;
    // Logged out, the page asks to log in first (and comes back here); logged in, a link that offers nothing is gone.
    let status = if offer.is_some() || page.user.is_none() { StatusCode::OK } else { StatusCode::GONE };
    let offer = offer.map(|(group, role)| (group, page.term("group-role", role.code())));
    Ok((status, html(&InvitationPage { page, token, offer })).into_response())
}

/// The invited person accepts (and joins with the role offered) or declines; either way the link is spent.
async fn answer_invitation(State(app): State<App>, page: Page, Path(token): Path<String>, form: FormData) -> Result<Response, AppError> {
    page.require_user()?;
    let Some((group, role)) = invitation_offer(&app, &page, &token).await? else {
        return Ok((StatusCode::GONE, html(&InvitationPage { page, token, offer: None })).into_response());
    };
    let user = page.require_user()?.id;
    let mut tx = app.db.begin().await?;
    if agora_store::participants::redeem_token(&mut tx, &invitation_purpose(group.id, role), &crate::auth::token_hash(&token))
        .await?
        .is_none()
    {
        drop(tx);
        return Ok((StatusCode::GONE, html(&InvitationPage { page, token, offer: None })).into_response());
    }
    if form.get("answer") == "accept" {
        store::appoint(&mut tx, group.id, user, role.code(), this_year(), 1).await?;
    }
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href(&format!("/groups/{}", group.id))).into_response())
}

/// A lead files the group's report for a year; the yearly one keeps a coalition or an NRI active.
async fn file_report(State(app): State<App>, page: Page, Path(id): Path<i64>, form: FormData) -> Result<Response, AppError> {
    let mut view = view_page(&app, page, id).await?;
    view.viewer.require_lead()?;
    let body = form.get("body").trim();
    let year: Option<i32> = form.get("year").parse().ok().filter(|y| (2006..=view.year + 1).contains(y));
    let kind = form.get("kind");
    let error = if body.is_empty() || body.chars().count() > 50_000 {
        Some("group-error-report")
    } else if year.is_none() {
        Some("group-error-year")
    } else if !view.report_kinds().contains(&kind) {
        Some("group-error-report-kind")
    } else {
        None
    };
    if let Some(key) = error {
        view.report_error = Some(view.page.t(key));
        view.report_body = body.to_string();
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let user = view.page.require_user()?.id;
    let mut tx = app.db.begin().await?;
    store::file_report(&mut tx, id, year.unwrap_or(view.year), kind, body, Some(user)).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&view.page.href(&format!("/groups/{id}#reports"))).into_response())
}

//! The public directory: participants who chose to be listed (only their public fields) and organizations,
//! with filters, pages, CSV and JSON.

use crate::export::{csv_document, csv_response, json_response};
use crate::json_api::{ApiCaller, ApiError, JsonBody};
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::people::StakeholderGroup;
use agora_store::organizations::{self, Filter, Organization};
use agora_store::participants::{self, DirectoryEntry, DirectoryFilter};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;

pub const PAGE_SIZE: i64 = 50;
pub const MAX_API_LIMIT: i64 = 1000;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/participants", get(participants_page))
        .route("/participants.csv", get(participants_csv))
        .route("/api/participants", get(participants_api))
        .route("/participants/{id}", get(participant_page))
        .route("/api/participants/{id}", get(participant_api))
        .route("/organizations", get(organizations_page))
        .route("/organizations.csv", get(organizations_csv))
        .route("/api/organizations", get(organizations_api).post(create_organization))
        .route("/organizations/{id}", get(organization_page))
        .route("/api/organizations/{id}", get(organization_api))
}

/// The query string of every directory list: filters, page, and (for the API) a limit.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    pub group: String,
    pub country: String,
    pub name: String,
    pub page: Option<u32>,
    pub limit: Option<i64>,
    /// API only: continue after the item this cursor names (from the previous answer's `Link: rel="next"`).
    pub cursor: Option<String>,
}

impl ListQuery {
    fn validated(self) -> Result<ListQuery, AppError> {
        if !self.group.is_empty() && StakeholderGroup::from_code(&self.group).is_none() {
            return Err(AppError::BadRequest(format!("unknown stakeholder group {:?}", self.group)));
        }
        if !self.country.is_empty() && agora_domain::people::country(&self.country).is_none() {
            return Err(AppError::BadRequest(format!("unknown country {:?}", self.country)));
        }
        Ok(ListQuery { country: self.country.to_ascii_uppercase(), ..self })
    }

    fn offset(&self) -> i64 {
        i64::from(self.page.unwrap_or(1).max(1) - 1) * PAGE_SIZE
    }

    fn api_limit(&self) -> i64 {
        self.limit.unwrap_or(100).clamp(1, MAX_API_LIMIT)
    }

    fn participant_filter(&self) -> DirectoryFilter {
        DirectoryFilter {
            stakeholder_group: self.group.clone(),
            country: self.country.clone(),
            name: self.name.clone(),
            ..DirectoryFilter::default()
        }
    }

    fn organization_filter(&self) -> Filter {
        Filter { stakeholder_group: self.group.clone(), country: self.country.clone(), name: self.name.clone(), after_id: None }
    }

    /// The id the API continues after: 0 for the first page; a cursor that is not one of ours is refused.
    fn after(&self) -> Result<i64, AppError> {
        match &self.cursor {
            None => Ok(0),
            Some(c) => crate::json_api::decode_cursor(c),
        }
    }

    /// The query string of the same filters on another page.
    fn page_link(&self, page: u32) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [("group", &self.group), ("country", &self.country), ("name", &self.name)] {
            if !v.is_empty() {
                query.append_pair(k, v);
            }
        }
        query.append_pair("page", &page.to_string());
        format!("?{}", query.finish())
    }
}

/// The filter form's choices and the pager, shared by both lists.
pub struct ListView {
    pub query: ListQuery,
    pub groups: Vec<(&'static str, String)>,
    pub countries: Vec<(&'static str, &'static str)>,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub csv: String,
}

impl ListView {
    fn new(page: &Page, query: ListQuery, rows: usize, csv_path: &str) -> ListView {
        let mut countries: Vec<_> = agora_domain::people::countries().iter().map(|c| (c.iso2, c.name_in(page.lang))).collect();
        countries.sort_by_key(|(_, n)| n.to_lowercase());
        let current = query.page.unwrap_or(1).max(1);
        let csv = format!("{}{}", page.href(csv_path), query.page_link(1).replace("&page=1", "").replace("?page=1", ""));
        ListView {
            groups: StakeholderGroup::ALL.iter().map(|g| (g.code(), page.term("stakeholder-group", g.code()))).collect(),
            countries,
            previous: (current > 1).then(|| query.page_link(current - 1)),
            next: (rows as i64 == PAGE_SIZE).then(|| query.page_link(current + 1)),
            csv,
            query,
        }
    }
}

#[derive(Template)]
#[template(path = "directory/participants.html")]
struct ParticipantsPage {
    page: Page,
    list: ListView,
    people: Vec<DirectoryEntry>,
}

async fn participants_page(State(app): State<App>, page: Page, Query(query): Query<ListQuery>) -> Result<Response, AppError> {
    let query = query.validated()?;
    let mut conn = app.db.acquire().await?;
    let people = participants::directory(&mut conn, &query.participant_filter(), PAGE_SIZE, query.offset()).await?;
    let list = ListView::new(&page, query, people.len(), "/participants.csv");
    Ok(html(&ParticipantsPage { page, list, people }))
}

async fn participant_rows(app: &App, query: &ListQuery, limit: i64, offset: i64) -> Result<Vec<DirectoryEntry>, AppError> {
    let mut conn = app.db.acquire().await?;
    Ok(participants::directory(&mut conn, &query.participant_filter(), limit, offset).await?)
}

async fn participants_csv(State(app): State<App>, Query(query): Query<ListQuery>) -> Result<Response, AppError> {
    let query = query.validated()?;
    let people = participant_rows(&app, &query, i64::MAX, 0).await?;
    let rows =
        people.into_iter().map(|p| vec![p.id.to_string(), p.name, p.stakeholder_group, p.organization.unwrap_or_default(), p.country]);
    Ok(csv_response("participants.csv", csv_document(&["id", "name", "stakeholder_group", "organization", "country"], rows)))
}

/// Listed participants (public fields only), in id order, with cursor pagination.
#[utoipa::path(get, path = "/api/participants", tag = "directory",
    params(("group" = Option<String>, Query, description = "stakeholder group code"), ("country" = Option<String>, Query, description = "ISO 3166-1 alpha-2"),
           ("name" = Option<String>, Query, description = "words of the name"), ("limit" = Option<i64>, Query, description = "at most 1000, default 100"),
           ("cursor" = Option<String>, Query, description = "from the previous page's Link: rel=\"next\" header")),
    responses((status = 200, body = [DirectoryEntry]), (status = 400, body = ApiError)))]
pub(crate) async fn participants_api(State(app): State<App>, Query(query): Query<ListQuery>) -> Result<Response, AppError> {
    let query = query.validated()?;
    let limit = query.api_limit();
    let filter = DirectoryFilter { after_id: Some(query.after()?), ..query.participant_filter() };
    let mut conn = app.db.acquire().await?;
    let rows = participants::directory(&mut conn, &filter, limit, 0).await?;
    Ok(crate::json_api::page_of(rows, limit, "/api/participants", |p| p.id))
}

/// A listed participant's public entry; anyone not listed is not found, whatever their id.
async fn participant_entry(app: &App, id: i64) -> Result<DirectoryEntry, AppError> {
    let filter = DirectoryFilter { participant_id: Some(id), ..DirectoryFilter::default() };
    let mut conn = app.db.acquire().await?;
    participants::directory(&mut conn, &filter, 1, 0).await?.into_iter().next().ok_or(AppError::NotFound)
}

#[derive(Template)]
#[template(path = "directory/participant.html")]
struct ParticipantPage {
    page: Page,
    person: DirectoryEntry,
    bio_html: String,
    json_ld: String,
}

async fn participant_page(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let person = participant_entry(&app, id).await?;
    let bio_html = agora_domain::markdown::render(&person.bio);
    let affiliation = person.organization.as_ref().map(|o| serde_json::json!({ "@type": "Organization", "name": o }));
    let json_ld = crate::page::json_ld(serde_json::json!({ "@type": "Person", "name": person.name, "affiliation": affiliation }));
    Ok(html(&ParticipantPage { page, person, bio_html, json_ld }))
}

/// One listed participant.
#[utoipa::path(get, path = "/api/participants/{id}", tag = "directory", params(("id" = i64, Path)),
    responses((status = 200, body = DirectoryEntry), (status = 404, body = ApiError)))]
pub(crate) async fn participant_api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    Ok(json_response(&participant_entry(&app, id).await?))
}

#[derive(Template)]
#[template(path = "directory/organizations.html")]
struct OrganizationsPage {
    page: Page,
    list: ListView,
    organizations: Vec<Organization>,
}

async fn organizations_page(State(app): State<App>, page: Page, Query(query): Query<ListQuery>) -> Result<Response, AppError> {
    let query = query.validated()?;
    let mut conn = app.db.acquire().await?;
    let organizations = organizations::list(&mut conn, &query.organization_filter(), PAGE_SIZE, query.offset()).await?;
    let list = ListView::new(&page, query, organizations.len(), "/organizations.csv");
    Ok(html(&OrganizationsPage { page, list, organizations }))
}

async fn organizations_csv(State(app): State<App>, Query(query): Query<ListQuery>) -> Result<Response, AppError> {
    let query = query.validated()?;
    let mut conn = app.db.acquire().await?;
    let organizations = organizations::list(&mut conn, &query.organization_filter(), i64::MAX, 0).await?;
    let rows = organizations
        .into_iter()
        .map(|o| vec![o.id.to_string(), o.name, o.stakeholder_group, o.country, o.website, o.participants.to_string()]);
    Ok(csv_response("organizations.csv", csv_document(&["id", "name", "stakeholder_group", "country", "website", "participants"], rows)))
}

/// Organizations, in id order, with cursor pagination.
#[utoipa::path(get, path = "/api/organizations", tag = "directory",
    params(("group" = Option<String>, Query, description = "stakeholder group code"), ("country" = Option<String>, Query, description = "ISO 3166-1 alpha-2"),
           ("name" = Option<String>, Query, description = "words of the name"), ("limit" = Option<i64>, Query, description = "at most 1000, default 100"),
           ("cursor" = Option<String>, Query, description = "from the previous page's Link: rel=\"next\" header")),
    responses((status = 200, body = [Organization]), (status = 400, body = ApiError)))]
pub(crate) async fn organizations_api(State(app): State<App>, Query(query): Query<ListQuery>) -> Result<Response, AppError> {
    let query = query.validated()?;
    let limit = query.api_limit();
    let filter = Filter { after_id: Some(query.after()?), ..query.organization_filter() };
    let mut conn = app.db.acquire().await?;
    let rows = organizations::list(&mut conn, &filter, limit, 0).await?;
    Ok(crate::json_api::page_of(rows, limit, "/api/organizations", |o| o.id))
}

#[derive(Template)]
#[template(path = "directory/organization.html")]
struct OrganizationPage {
    page: Page,
    organization: Organization,
    people: Vec<DirectoryEntry>,
    json_ld: String,
}

async fn organization_data(app: &App, id: i64) -> Result<(Organization, Vec<DirectoryEntry>), AppError> {
    let mut conn = app.db.acquire().await?;
    let organization = organizations::get(&mut conn, id).await?;
    let filter = DirectoryFilter { organization_id: Some(id), ..DirectoryFilter::default() };
    let people = participants::directory(&mut conn, &filter, MAX_API_LIMIT, 0).await?;
    Ok((organization, people))
}

async fn organization_page(State(app): State<App>, page: Page, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (organization, people) = organization_data(&app, id).await?;
    let json_ld = crate::page::json_ld(serde_json::json!({
        "@type": "Organization",
        "name": organization.name,
        "url": (!organization.website.is_empty()).then_some(&organization.website),
        "address": { "@type": "PostalAddress", "addressCountry": organization.country },
    }));
    Ok(html(&OrganizationPage { page, organization, people, json_ld }))
}

/// One organization with its listed participants.
#[utoipa::path(get, path = "/api/organizations/{id}", tag = "directory", params(("id" = i64, Path)),
    responses((status = 200, description = "the organization and its listed participants"), (status = 404, body = ApiError)))]
pub(crate) async fn organization_api(State(app): State<App>, Path(id): Path<i64>) -> Result<Response, AppError> {
    let (organization, people) = organization_data(&app, id).await?;
    Ok(json_response(&serde_json::json!({ "organization": organization, "listed_participants": people })))
}

#[derive(Deserialize, utoipa::ToSchema)]
pub struct NewOrganization {
    pub name: String,
    /// A stakeholder group code.
    pub stakeholder_group: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    #[serde(default)]
    pub website: String,
}

/// Adds an organization to the directory.
#[utoipa::path(post, path = "/api/organizations", tag = "directory", request_body = NewOrganization,
    security(("token" = ["organizations:write"])),
    responses((status = 201, description = "the organization's id"), (status = 400, body = ApiError), (status = 401, body = ApiError), (status = 403, body = ApiError), (status = 409, body = ApiError)))]
pub(crate) async fn create_organization(
    State(app): State<App>,
    caller: ApiCaller,
    JsonBody(org): JsonBody<NewOrganization>,
) -> Result<Response, AppError> {
    caller.require("organizations:write")?;
    let name = org.name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(AppError::BadRequest("name: 1 to 200 characters".into()));
    }
    if agora_domain::people::StakeholderGroup::from_code(&org.stakeholder_group).is_none() {
        return Err(AppError::BadRequest(format!("unknown stakeholder group {:?}", org.stakeholder_group)));
    }
    let Some(country) = agora_domain::people::country(&org.country) else {
        return Err(AppError::BadRequest(format!("unknown country {:?}", org.country)));
    };
    if !agora_domain::is_web_link_or_empty(org.website.trim()) {
        return Err(AppError::BadRequest("website: an http:// or https:// address, or nothing".into()));
    }
    let new = agora_store::organizations::NewOrganization {
        name: name.into(),
        stakeholder_group: org.stakeholder_group.clone(),
        country: country.iso2.into(),
        website: org.website.trim().into(),
    };
    let mut tx = app.db.begin().await?;
    let id = agora_store::organizations::create(&mut tx, &new).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok((axum::http::StatusCode::CREATED, axum::Json(serde_json::json!({ "id": id }))).into_response())
}

//! The reference data compiled into the binary — countries with their UN lists and regional groups, stakeholder
//! groups, WSIS action lines, SDGs and the WSIS–SDG matrix — as a page and as JSON.

use crate::export::{bytes_response, json_response};
use crate::page::Page;
use crate::{App, AppError};
use agora_domain::people::{Country, StakeholderGroup, UnRegionalGroup, countries};
use agora_domain::reference::{ActionLine, Sdg, action_line_sdg_targets, action_lines, sdgs, sdgs_in};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;

/// The WSIS action lines a form offers as tags (each with its sub-lines, or main lines only).
pub fn action_line_choices(main_lines_only: bool) -> Vec<(String, &'static str)> {
    action_lines().iter().filter(|l| !main_lines_only || l.sub_line.is_empty()).map(|l| (l.id(), l.title)).collect()
}

/// The SDGs a form offers as tags, named in the reader's language.
pub fn goal_choices(page: &Page) -> Vec<(String, &'static str)> {
    sdgs_in(page.lang.code()).iter().map(|g| (g.goal.to_string(), g.short)).collect()
}

/// The Global Digital Compact's objectives a form offers as tags, named in the reader's language.
pub fn objective_choices(page: &Page) -> Vec<(String, String)> {
    agora_domain::reference::gdc_objectives()
        .iter()
        .map(|o| (o.number.to_string(), page.t(&format!("gdc-objective-{}", o.number))))
        .collect()
}

pub fn routes() -> Router<App> {
    Router::new().route("/reference", get(page)).route("/api/reference", get(api))
}

#[derive(Template)]
#[template(path = "reference/index.html")]
struct ReferencePage {
    page: Page,
    stakeholder_groups: Vec<(&'static str, String)>,
    regional_groups: Vec<(String, usize)>,
    countries: Vec<&'static Country>,
    action_lines: &'static [ActionLine],
    sdgs: &'static [Sdg],
}

impl ReferencePage {
    fn yes(&self, flag: &bool) -> String {
        if *flag { self.page.t("yes") } else { String::new() }
    }

    fn group_name(&self, group: &UnRegionalGroup) -> String {
        self.page.term("regional-group", group.code())
    }
}

async fn page(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let key = format!("reference:{}:{}:{}", page.lang.code(), page.prefix, page.user.is_some());
    if page.user.is_some() {
        return Ok(bytes_response("text/html; charset=utf-8", render(page)?));
    }
    Ok(app.cache.respond(&app, key, "text/html; charset=utf-8", || async { render(page) }).await?)
}

fn render(page: Page) -> Result<Vec<u8>, AppError> {
    let mut sorted: Vec<&'static Country> = countries().iter().collect();
    sorted.sort_by_key(|c| c.name_in(page.lang).to_lowercase());
    let view = ReferencePage {
        stakeholder_groups: StakeholderGroup::ALL.iter().map(|g| (g.code(), page.term("stakeholder-group", g.code()))).collect(),
        regional_groups: UnRegionalGroup::ALL[..5]
            .iter()
            .map(|g| (page.term("regional-group", g.code()), countries().iter().filter(|c| c.un_regional_group == *g).count()))
            .collect(),
        countries: sorted,
        action_lines: action_lines(),
        sdgs: sdgs_in(page.lang.code()),
        page,
    };
    view.render().map(String::into_bytes).map_err(|e| AppError::Internal(e.to_string()))
}

/// The reference data: countries with their UN lists and regional groups, stakeholder groups, WSIS action lines, SDGs and the WSIS–SDG matrix.
#[utoipa::path(get, path = "/api/reference", tag = "reference", responses((status = 200, description = "the reference data")))]
pub(crate) async fn api() -> Response {
    json_response(&serde_json::json!({
        "stakeholder_groups": StakeholderGroup::ALL,
        "un_regional_groups": UnRegionalGroup::ALL,
        "countries": countries(),
        "action_lines": action_lines().iter().map(|l| serde_json::json!({ "id": l.id(), "code": l.code, "sub_line": l.sub_line, "title": l.title, "linked_sdgs": l.linked_sdgs })).collect::<Vec<_>>(),
        "sdgs": sdgs(),
        "action_line_sdg_targets": action_line_sdg_targets(),
    }))
}

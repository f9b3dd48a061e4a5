//! Alignment reports: for each WSIS action line, each SDG and each Global Digital Compact objective, how many
//! sessions, Messages and recommendations of each cycle address it, how many validated stocktaking projects and
//! commitments (which belong to no cycle), and which — so the forum's outcomes can be read against the WSIS
//! framework and the Compact, year over year.

use crate::export::{csv_document, csv_response};
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::reference::{action_lines, gdc_objectives, sdgs};
use agora_store::alignment::{self as store, Fact};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/alignment", get(overview))
        .route("/alignment.csv", get(overview_csv))
        .route("/api/alignment", get(overview_api))
        .route("/alignment/{code}", get(detail))
}

const KINDS: [&str; 3] = ["session", "message", "recommendation"];

/// The kinds of the stocktaking register, counted apart from the cycles.
const REGISTER_KINDS: [&str; 2] = ["project", "commitment"];

/// Whether a fact addresses `code`: an action line ("C5", "C7/e-health" counts for "C7"), an SDG ("sdg-4") or a
/// GDC objective ("gdc-2").
fn addresses(fact: &Fact, code: &str) -> bool {
    if let Some(goal) = code.strip_prefix("sdg-") {
        return fact.sdgs.split(',').any(|g| g.trim() == goal);
    }
    if let Some(objective) = code.strip_prefix("gdc-") {
        return fact.gdc.split(',').any(|o| o.trim() == objective);
    }
    fact.action_lines.split(',').any(|l| l.trim() == code || l.trim().split('/').next() == Some(code))
}

/// One row: a code and, for each cycle, the counts of sessions, Messages and recommendations addressing it; and the
/// register's validated projects and commitments addressing it.
#[derive(Serialize)]
pub struct Row {
    pub code: String,
    pub title: String,
    pub cycles: Vec<[usize; 3]>,
    pub register: [usize; 2],
}

impl Row {
    pub fn total(&self) -> usize {
        self.cycles.iter().flatten().sum::<usize>() + self.register.iter().sum::<usize>()
    }
}

#[derive(Serialize)]
pub struct Alignment {
    pub cycles: Vec<(i64, String)>,
    pub action_lines: Vec<Row>,
    pub sdgs: Vec<Row>,
    pub gdc_objectives: Vec<Row>,
}

type Codes = Vec<(String, String)>;

fn codes() -> (Codes, Codes, Codes) {
    let lines = action_lines().iter().filter(|l| l.sub_line.is_empty()).map(|l| (l.code.to_string(), l.title.to_string())).collect();
    let goals = sdgs().iter().map(|g| (format!("sdg-{}", g.goal), format!("{}. {}", g.goal, g.short))).collect();
    let objectives = gdc_objectives().iter().map(|o| (o.code(), format!("{}. {}", o.number, o.objective))).collect();
    (lines, goals, objectives)
}

async fn alignment(app: &App) -> Result<(Alignment, Vec<Fact>), AppError> {
    let mut conn = app.db.acquire().await?;
    let facts = store::facts(&mut conn).await?;
    let mut cycles: Vec<(i64, String)> = agora_store::cycles::list(&mut conn).await?.into_iter().map(|c| (c.id, c.name)).collect();
    cycles.sort_by(|a, b| a.1.cmp(&b.1));
    let row = |(code, title): (String, String)| Row {
        cycles: cycles
            .iter()
            .map(|(cycle, _)| {
                let mut counts = [0; 3];
                for f in facts.iter().filter(|f| f.cycle_id == Some(*cycle) && addresses(f, &code)) {
                    counts[KINDS.iter().position(|k| *k == f.kind).unwrap_or(0)] += 1;
                }
                counts
            })
            .collect(),
        register: {
            let mut counts = [0; 2];
            for f in facts.iter().filter(|f| f.cycle_id.is_none() && addresses(f, &code)) {
                if let Some(i) = REGISTER_KINDS.iter().position(|k| *k == f.kind) {
                    counts[i] += 1;
                }
            }
            counts
        },
        code,
        title,
    };
    let (lines, goals, objectives) = codes();
    let result = Alignment {
        action_lines: lines.into_iter().map(row).collect(),
        sdgs: goals.into_iter().map(row).collect(),
        gdc_objectives: objectives.into_iter().map(row).collect(),
        cycles,
    };
    Ok((result, facts))
}

#[derive(Template)]
#[template(path = "alignment/overview.html")]
struct OverviewPage {
    page: Page,
    alignment: Alignment,
}

impl OverviewPage {
    fn tables(&self) -> Vec<(String, &Vec<Row>)> {
        vec![
            (self.page.t("alignment-action-lines"), &self.alignment.action_lines),
            (self.page.t("alignment-sdgs"), &self.alignment.sdgs),
            (self.page.t("alignment-gdc"), &self.alignment.gdc_objectives),
        ]
    }
}

async fn overview(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    Ok(html(&OverviewPage { alignment: alignment(&app).await?.0, page }))
}

async fn overview_api(State(app): State<App>) -> Result<Response, AppError> {
    Ok(axum::Json(alignment(&app).await?.0).into_response())
}

async fn overview_csv(State(app): State<App>) -> Result<Response, AppError> {
    let (a, _) = alignment(&app).await?;
    let header = ["code", "cycle", "sessions", "messages", "recommendations", "projects", "commitments"];
    let rows = a.action_lines.iter().chain(&a.sdgs).chain(&a.gdc_objectives).flat_map(|row| {
        let cycles = a.cycles.iter().zip(&row.cycles).map(|((_, name), c)| {
            vec![row.code.clone(), name.clone(), c[0].to_string(), c[1].to_string(), c[2].to_string(), String::new(), String::new()]
        });
        let register = vec![
            row.code.clone(),
            "register".to_string(),
            String::new(),
            String::new(),
            String::new(),
            row.register[0].to_string(),
            row.register[1].to_string(),
        ];
        cycles.chain(std::iter::once(register)).collect::<Vec<_>>()
    });
    Ok(csv_response("alignment.csv", csv_document(&header, rows.collect::<Vec<_>>())))
}

#[derive(Template)]
#[template(path = "alignment/detail.html")]
struct DetailPage {
    page: Page,
    title: String,
    items: Vec<(String, Fact)>,
}

impl DetailPage {
    fn link(&self, fact: &Fact) -> String {
        match fact.kind.as_str() {
            "session" => format!("/sessions/{}", fact.id),
            "message" => format!("/messages/{}", fact.id),
            "project" => format!("/stocktaking/{}", fact.id),
            "commitment" => format!("/commitments/{}", fact.id),
            _ => format!("/recommendations/{}", fact.id),
        }
    }
}

async fn detail(State(app): State<App>, page: Page, Path(code): Path<String>) -> Result<Response, AppError> {
    let (lines, goals, objectives) = codes();
    let title =
        lines.iter().chain(&goals).chain(&objectives).find(|(c, _)| *c == code).map(|(_, t)| t.clone()).ok_or(AppError::NotFound)?;
    let (a, facts) = alignment(&app).await?;
    let register = page.t("alignment-register");
    let cycle_name =
        |id: Option<i64>| a.cycles.iter().find(|(c, _)| Some(*c) == id).map(|(_, n)| n.clone()).unwrap_or_else(|| register.clone());
    let items = facts.into_iter().filter(|f| addresses(f, &code)).map(|f| (cycle_name(f.cycle_id), f)).collect();
    Ok(html(&DetailPage { page, title, items }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sub_lines_count_for_their_line_and_goals_match_exactly() {
        let fact = Fact {
            kind: "session".into(),
            id: 1,
            title: String::new(),
            cycle_id: Some(1),
            action_lines: "C7/e-health,C2".into(),
            sdgs: "3,17".into(),
            gdc: "1,5".into(),
        };
        assert!(addresses(&fact, "C7") && addresses(&fact, "C2") && !addresses(&fact, "C1"));
        assert!(addresses(&fact, "sdg-17") && !addresses(&fact, "sdg-1"));
        assert!(addresses(&fact, "gdc-5") && !addresses(&fact, "gdc-2"));
    }
}

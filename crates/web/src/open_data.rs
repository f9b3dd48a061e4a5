//! Open data: every public dataset of the forum as JSON Lines and CSV with a data dictionary, built on demand
//! and served from memory until the public record moves; and Atom feeds of the public record per capability.

use crate::export::{AtomEntry, atom_feed, csv_document};
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_store::{cycles, evaluation, organizations, participants, record};
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::get;
use serde_json::{Map, Value};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/open-data", get(page))
        .route("/open-data/dictionary.json", get(dictionary))
        .route("/open-data/{file}", get(file))
        .route("/feeds/{file}", get(feed))
}

/// A dataset: its name, what one row is, and its fields with their meaning (the data dictionary).
pub struct Dataset {
    pub name: &'static str,
    pub row: &'static str,
    pub fields: &'static [(&'static str, &'static str)],
}

pub const DATASETS: &[Dataset] = &[
    Dataset {
        name: "organizations",
        row: "an organization participants belong to",
        fields: &[
            ("id", "stable identifier"),
            ("name", "name as registered"),
            (
                "stakeholder_group",
                "government, private-sector, civil-society, technical-community, academia or intergovernmental-organization",
            ),
            ("country", "ISO 3166-1 alpha-2 code of the country or area (UN M49)"),
            ("website", "web address, may be empty"),
            ("participants", "number of registered participants from it"),
        ],
    },
    Dataset {
        name: "participants",
        row: "a participant who chose to be listed in the public directory (others never appear)",
        fields: &[
            ("id", "stable identifier"),
            ("name", "name as the participant gave it"),
            ("stakeholder_group", "the participant's stakeholder group"),
            ("organization", "organization name, may be empty"),
            ("country", "ISO 3166-1 alpha-2 code"),
        ],
    },
    Dataset {
        name: "cycles",
        row: "a yearly cycle of the forum",
        fields: &[
            ("id", "stable identifier"),
            ("name", "name, e.g. IGF 2026"),
            ("host", "host city and country"),
            ("meeting_dates", "dates of the meeting as announced"),
            ("hybrid", "true when onsite and online"),
        ],
    },
    Dataset {
        name: "themes",
        row: "a theme the MAG chose for a cycle",
        fields: &[
            ("id", "stable identifier"),
            ("cycle_id", "the cycle"),
            ("name", "theme"),
            ("description", "description"),
            ("sub_themes", "sub-themes, one per line"),
            ("policy_questions", "illustrative policy questions"),
        ],
    },
    Dataset {
        name: "proposals",
        row: "a submitted workshop proposal (drafts are private)",
        fields: &[
            ("id", "stable identifier"),
            ("cycle_id", "the cycle"),
            ("title", "title"),
            ("theme", "theme name"),
            ("format", "panel, roundtable, debate, break-out, birds-of-a-feather, flash or other"),
            ("duration", "minutes"),
            ("description", "description"),
            ("policy_questions", "policy questions"),
            ("expected_outcomes", "expected outcomes"),
            ("sdgs", "Sustainable Development Goals, comma-separated numbers"),
            ("action_lines", "WSIS action lines, comma-separated (C7 sub-lines as C7/e-health)"),
            ("organizers", "co-organizers with their stakeholder group and country"),
            ("people", "speakers, moderators and rapporteur: name, role, onsite, invitation status"),
            ("decision", "approved, approved-if-merged, not-approved, or empty"),
        ],
    },
    Dataset {
        name: "decisions",
        row: "a MAG decision on a proposal",
        fields: &[
            ("proposal_id", "the proposal"),
            ("outcome", "approved, approved-if-merged or not-approved"),
            ("merge_with", "proposal to merge with, may be empty"),
            ("rationale", "the reasons given"),
            ("decided_at", "Unix time (UTC)"),
        ],
    },
    Dataset {
        name: "statistics",
        row: "a count of registrations in one category (counts from 1 to 4 are suppressed)",
        fields: &[
            ("dimension", "what is counted"),
            ("category", "the category"),
            ("count", "number, empty when suppressed"),
            ("suppressed", "true when the count is hidden"),
        ],
    },
    Dataset {
        name: "record",
        row: "an entry of the public record, the append-only log of every public change",
        fields: &[
            ("id", "entry number"),
            ("at", "Unix time (UTC)"),
            ("kind", "what happened, e.g. proposal.submitted"),
            ("subject_type", "the kind of object"),
            ("subject_id", "the object"),
            ("payload", "the public facts of the change, as JSON text"),
        ],
    },
];

fn object(pairs: Vec<(&str, Value)>) -> Value {
    Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect::<Map<String, Value>>())
}

/// The rows of a dataset, each an object with the dictionary's fields.
async fn rows(app: &App, name: &str) -> Result<Vec<Value>, AppError> {
    let mut conn = app.db.acquire().await?;
    let to_values = |items: Vec<Value>| items;
    Ok(match name {
        "organizations" => organizations::list(&mut conn, &Default::default(), i64::MAX, 0)
            .await?
            .into_iter()
            .map(|o| serde_json::to_value(o).unwrap_or_default())
            .collect(),
        "participants" => participants::directory(&mut conn, &Default::default(), i64::MAX, 0)
            .await?
            .into_iter()
            .map(|p| {
                object(vec![
                    ("id", p.id.into()),
                    ("name", p.name.into()),
                    ("stakeholder_group", p.stakeholder_group.into()),
                    ("organization", p.organization.unwrap_or_default().into()),
                    ("country", p.country.into()),
                ])
            })
            .collect(),
        "cycles" => cycles::list(&mut conn)
            .await?
            .into_iter()
            .map(|c| {
                object(vec![
                    ("id", c.id.into()),
                    ("name", c.name.into()),
                    ("host", c.host.into()),
                    ("meeting_dates", c.meeting_dates.into()),
                    ("hybrid", (c.hybrid == 1).into()),
                ])
            })
            .collect(),
        "themes" => {
            let mut all = Vec::new();
            for c in cycles::list(&mut conn).await? {
                all.extend(cycles::themes(&mut conn, c.id).await?.into_iter().map(|t| serde_json::to_value(t).unwrap_or_default()));
            }
            all
        }
        "proposals" => {
            let ids: Vec<i64> = cycles::list(&mut conn).await?.iter().map(|c| c.id).collect();
            drop(conn);
            let mut all = Vec::new();
            for id in ids {
                all.extend(crate::proposals::public_rows(app, id).await?.into_iter().map(|mut r| {
                    r["cycle_id"] = id.into();
                    r
                }));
            }
            to_values(all)
        }
        "decisions" => {
            let mut all = Vec::new();
            for c in cycles::list(&mut conn).await? {
                all.extend(evaluation::decisions(&mut conn, c.id).await?.into_iter().map(|d| serde_json::to_value(d).unwrap_or_default()));
            }
            all
        }
        "statistics" => {
            drop(conn);
            crate::statistics::tallies(app)
                .await?
                .into_iter()
                .flat_map(|(d, t)| {
                    t.cells.into_iter().map(move |c| {
                        object(vec![
                            ("dimension", d.into()),
                            ("category", c.key.into()),
                            ("count", c.count.into()),
                            ("suppressed", c.count.is_none().into()),
                        ])
                    })
                })
                .collect()
        }
        "record" => record::after(&mut conn, 0, i64::MAX).await?.into_iter().map(|e| serde_json::to_value(e).unwrap_or_default()).collect(),
        _ => return Err(AppError::NotFound),
    })
}

fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

async fn file(State(app): State<App>, Path(file): Path<String>) -> Result<Response, AppError> {
    let (name, format) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    let dataset = DATASETS.iter().find(|d| d.name == name).ok_or(AppError::NotFound)?;
    let content_type = match format {
        "jsonl" => "application/jsonl; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        _ => return Err(AppError::NotFound),
    };
    Ok(app
        .cache
        .respond(&app, format!("open-data:{file}"), content_type, || async {
            let rows = rows(&app, dataset.name).await?;
            Ok(match format {
                "jsonl" => rows.iter().map(|r| format!("{r}\n")).collect::<String>().into_bytes(),
                _ => {
                    let header: Vec<&str> = dataset.fields.iter().map(|(f, _)| *f).collect();
                    csv_document(&header, rows.iter().map(|r| header.iter().map(|f| cell(&r[*f])).collect())).into_bytes()
                }
            })
        })
        .await?)
}

async fn dictionary() -> Response {
    let datasets: Vec<Value> = DATASETS
        .iter()
        .map(|d| {
            let fields: Vec<Value> = d.fields.iter().map(|(f, m)| object(vec![("name", (*f).into()), ("meaning", (*m).into())])).collect();
            object(vec![
                ("dataset", d.name.into()),
                ("row", d.row.into()),
                ("files", vec![format!("{}.jsonl", d.name), format!("{}.csv", d.name)].into()),
                ("fields", fields.into()),
            ])
        })
        .collect();
    crate::export::json_response(&object(vec![("licence", "public data of the forum".into()), ("datasets", datasets.into())]))
}

#[derive(Template)]
#[template(path = "open_data/index.html")]
struct OpenDataPage {
    page: Page,
    datasets: &'static [Dataset],
    feeds: &'static [&'static str],
}

async fn page(page: Page) -> Response {
    html(&OpenDataPage { page, datasets: DATASETS, feeds: FEEDS })
}

/// The Atom feeds: the whole record, and one per capability (entries whose subject is of these types).
pub const FEEDS: &[&str] = &["record", "organizations", "cycles", "proposals"];

fn subject_types(feed: &str) -> Option<&'static [&'static str]> {
    Some(match feed {
        "record" => &[],
        "organizations" => &["organization"],
        "cycles" => &["cycle", "theme", "issue"],
        "proposals" => &["proposal"],
        "consultations" => &["consultation", "submission", "comment", "statement"],
        _ => return None,
    })
}

/// Where a record entry's subject can be seen.
fn subject_path(subject_type: &str, id: i64) -> String {
    match subject_type {
        "organization" => format!("/organizations/{id}"),
        "proposal" => format!("/proposals/{id}"),
        "cycle" => format!("/cycles/{id}"),
        "consultation" => format!("/consultations/{id}"),
        "submission" => format!("/submissions/{id}"),
        _ => "/record".to_string(),
    }
}

async fn feed(State(app): State<App>, Path(file): Path<String>) -> Result<Response, AppError> {
    let name = file.strip_suffix(".atom").ok_or(AppError::NotFound)?;
    let types = subject_types(name).ok_or(AppError::NotFound)?;
    Ok(app
        .cache
        .respond(&app, format!("feed:{name}"), "application/atom+xml; charset=utf-8", || async {
            let mut conn = app.db.acquire().await?;
            let entries = record::recent_about(&mut conn, types, 200).await?;
            let name_of_forum = app.cache.identity(&app).await.display_name().to_string();
            let entries: Vec<AtomEntry> = entries
                .into_iter()
                .map(|e| AtomEntry {
                    id: format!("{}/record#{}", app.config.public_url, e.id),
                    title: format!("{} {} {}", e.kind, e.subject_type, e.subject_id),
                    updated: e.at,
                    link: subject_path(&e.subject_type, e.subject_id),
                    content: e.payload,
                })
                .collect();
            Ok(atom_feed(&app.config.public_url, &format!("{name_of_forum} — {name}"), &format!("/feeds/{name}.atom"), "/record", &entries))
        })
        .await?)
}

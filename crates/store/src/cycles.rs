//! Cycles (a forum's years) with their phases and rules, their themes, and the call for issues.

use crate::{Conn, Result, StoreError, now, record};
use agora_domain::cycles::{CycleRules, Phase, PhaseDates};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct CycleRow {
    pub id: i64,
    pub name: String,
    pub host: String,
    pub meeting_dates: String,
    pub hybrid: i64,
    pub rules: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cycle {
    pub id: i64,
    pub name: String,
    pub host: String,
    pub meeting_dates: String,
    pub hybrid: bool,
    pub rules: CycleRules,
    pub phases: Vec<(Phase, PhaseDates)>,
}

impl Cycle {
    pub fn phase(&self, phase: Phase) -> Option<PhaseDates> {
        self.phases.iter().find(|(p, _)| *p == phase).map(|(_, d)| *d)
    }
}

pub struct NewCycle {
    pub name: String,
    pub host: String,
    pub meeting_dates: String,
    pub hybrid: bool,
}

pub async fn create(conn: &mut Conn, cycle: &NewCycle, rules: &CycleRules, phases: &[(Phase, PhaseDates)]) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO cycles (name, host, meeting_dates, hybrid, rules, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(&cycle.name)
    .bind(&cycle.host)
    .bind(&cycle.meeting_dates)
    .bind(cycle.hybrid as i64)
    .bind(serde_json::to_string(rules).expect("rules serialise"))
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    set_phases(conn, id, phases).await?;
    record::append(conn, "cycle.created", "cycle", id, &serde_json::json!({ "name": cycle.name, "host": cycle.host })).await?;
    Ok(id)
}

pub async fn set_phases(conn: &mut Conn, cycle_id: i64, phases: &[(Phase, PhaseDates)]) -> Result<()> {
    sqlx::query("DELETE FROM cycle_phases WHERE cycle_id = $1").bind(cycle_id).execute(&mut *conn).await?;
    for (phase, dates) in phases {
        sqlx::query("INSERT INTO cycle_phases (cycle_id, phase, starts_at, ends_at) VALUES ($1, $2, $3, $4)")
            .bind(cycle_id)
            .bind(phase.code())
            .bind(dates.start)
            .bind(dates.end)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

pub async fn set_rules(conn: &mut Conn, cycle_id: i64, rules: &CycleRules) -> Result<()> {
    let json = serde_json::to_string(rules).expect("rules serialise");
    sqlx::query("UPDATE cycles SET rules = $1 WHERE id = $2").bind(&json).bind(cycle_id).execute(&mut *conn).await?;
    record::append(conn, "cycle.rules-updated", "cycle", cycle_id, &serde_json::from_str(&json).unwrap_or_default()).await?;
    Ok(())
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Cycle> {
    let row: CycleRow = sqlx::query_as("SELECT id, name, host, meeting_dates, hybrid, rules FROM cycles WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?
        .ok_or(StoreError::NotFound)?;
    let phases: Vec<(String, i64, i64)> =
        sqlx::query_as("SELECT phase, starts_at, ends_at FROM cycle_phases WHERE cycle_id = $1 ORDER BY starts_at")
            .bind(id)
            .fetch_all(conn)
            .await?;
    Ok(Cycle {
        id: row.id,
        name: row.name,
        host: row.host,
        meeting_dates: row.meeting_dates,
        hybrid: row.hybrid == 1,
        rules: serde_json::from_str(&row.rules).unwrap_or_default(),
        phases: phases.into_iter().filter_map(|(p, start, end)| Phase::from_code(&p).map(|p| (p, PhaseDates { start, end }))).collect(),
    })
}

/// Every cycle, newest first: by when its first phase starts (a cycle without phases yet, by when it was created),
/// so a past cycle entered late (an archive, an import) does not pass for the current one.
pub async fn list(conn: &mut Conn) -> Result<Vec<CycleRow>> {
    Ok(sqlx::query_as(
        "SELECT id, name, host, meeting_dates, hybrid, rules FROM cycles
         ORDER BY COALESCE((SELECT MIN(p.starts_at) FROM cycle_phases p WHERE p.cycle_id = cycles.id), created_at) DESC, id DESC",
    )
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Theme {
    pub id: i64,
    pub cycle_id: i64,
    pub name: String,
    pub description: String,
    /// One sub-theme per line.
    pub sub_themes: String,
    pub policy_questions: String,
    /// What track the theme is (`agora_domain::tracks::TrackKind`): 'theme' for the call's thematic tracks.
    pub kind: String,
}

/// A theme the MAG chose, with its sub-themes and illustrative policy questions.
pub struct NewTheme<'a> {
    pub name: &'a str,
    pub description: &'a str,
    pub sub_themes: &'a str,
    pub policy_questions: &'a str,
}

pub async fn add_theme(conn: &mut Conn, cycle_id: i64, theme: &NewTheme<'_>) -> Result<i64> {
    add_track(conn, cycle_id, theme, "theme").await
}

/// A theme of the given track kind (`agora_domain::tracks::TrackKind`'s code): the youth track, Day 0 …
pub async fn add_track(conn: &mut Conn, cycle_id: i64, theme: &NewTheme<'_>, kind: &str) -> Result<i64> {
    let NewTheme { name, description, sub_themes, policy_questions } = *theme;
    let id = sqlx::query_scalar(
        "INSERT INTO themes (cycle_id, name, description, sub_themes, policy_questions, kind) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(cycle_id)
    .bind(name)
    .bind(description)
    .bind(sub_themes)
    .bind(policy_questions)
    .bind(kind)
    .fetch_one(&mut *conn)
    .await?;
    let payload = serde_json::json!({ "cycle": cycle_id, "name": name, "kind": kind, "description": description, "sub_themes": sub_themes, "policy_questions": policy_questions });
    record::append(conn, "theme.added", "theme", id, &payload).await?;
    Ok(id)
}

/// One theme (a track), wherever its cycle.
pub async fn theme(conn: &mut Conn, id: i64) -> Result<Theme> {
    sqlx::query_as("SELECT id, cycle_id, name, description, sub_themes, policy_questions, kind FROM themes WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn themes(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Theme>> {
    Ok(sqlx::query_as(
        "SELECT id, cycle_id, name, description, sub_themes, policy_questions, kind FROM themes WHERE cycle_id = $1 ORDER BY id",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct IssueSubmission {
    pub id: i64,
    pub text: String,
    pub stakeholder_group: String,
    pub country: String,
    pub created_at: i64,
}

/// An issue proposed for the cycle's agenda; the submitter's group and country are kept with it (as they were
/// then) for the tallies, the submitter's name is not published.
pub async fn submit_issue(conn: &mut Conn, cycle_id: i64, participant_id: i64, text: &str, group: &str, country: &str) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO issue_submissions (cycle_id, participant_id, text, stakeholder_group, country, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(cycle_id)
    .bind(participant_id)
    .bind(text)
    .bind(group)
    .bind(country)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    record::append(
        conn,
        "issue.submitted",
        "issue",
        id,
        &serde_json::json!({ "cycle": cycle_id, "text": text, "stakeholder_group": group, "country": country }),
    )
    .await?;
    Ok(id)
}

/// The issues a participant submitted, for their own data export.
pub async fn issues_of(conn: &mut Conn, participant_id: i64) -> Result<Vec<IssueSubmission>> {
    Ok(sqlx::query_as(
        "SELECT id, text, stakeholder_group, country, created_at FROM issue_submissions WHERE participant_id = $1 ORDER BY id",
    )
    .bind(participant_id)
    .fetch_all(conn)
    .await?)
}

pub async fn issues(conn: &mut Conn, cycle_id: i64) -> Result<Vec<IssueSubmission>> {
    Ok(sqlx::query_as(
        "SELECT id, text, stakeholder_group, country, created_at FROM issue_submissions WHERE cycle_id = $1 ORDER BY id DESC",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

//! The forum's identity, set by its Secretariat or admins without a fork: name, introduction and privacy notice.

use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::accounts::Action;
use agora_store::{record, settings};
use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;

pub fn routes() -> Router<App> {
    Router::new().route("/admin/settings", get(form).post(save))
}

/// The settings this page edits, with their limits.
const FIELDS: [(&str, usize); 3] = [("forum.name", 120), ("forum.intro", 20_000), ("forum.privacy", 50_000)];

#[derive(Template)]
#[template(path = "admin/settings.html")]
struct SettingsPage {
    page: Page,
    name: String,
    intro: String,
    privacy: String,
    time_zone: String,
    error: Option<String>,
}

async fn form(page: Page) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageForumSettings)?;
    let identity = page.identity.clone();
    Ok(html(&SettingsPage {
        name: identity.name.clone(),
        intro: identity.intro.clone(),
        privacy: identity.privacy.clone(),
        time_zone: crate::dates::zone_name(),
        error: None,
        page,
    }))
}

async fn save(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageForumSettings)?;
    let values: Vec<(&str, String)> =
        FIELDS.iter().map(|(key, _)| (*key, form.get(key.trim_start_matches("forum.")).trim().to_string())).collect();
    let time_zone = form.get("time_zone").trim().to_string();
    let too_long = FIELDS.iter().zip(&values).any(|((_, max), (_, v))| v.chars().count() > *max);
    let error = if too_long {
        Some(page.t("admin-settings-too-long"))
    } else if !time_zone.is_empty() && !crate::dates::is_zone(&time_zone) {
        Some(page.t("admin-settings-time-zone-unknown"))
    } else {
        None
    };
    if error.is_some() {
        let (name, intro, privacy) = (values[0].1.clone(), values[1].1.clone(), values[2].1.clone());
        let view = SettingsPage { name, intro, privacy, time_zone, error, page };
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response());
    }
    let mut tx = app.db.begin().await?;
    for (key, value) in &values {
        settings::set(&mut tx, key, value).await?;
    }
    settings::set(&mut tx, "forum.time_zone", &time_zone).await?;
    let mut values = values;
    values.push(("forum.time_zone", time_zone));
    let payload: serde_json::Map<String, serde_json::Value> = values.iter().map(|(k, v)| (k.to_string(), v.clone().into())).collect();
    record::append(&mut tx, "forum.settings-updated", "forum", 0, &payload.into()).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href("/admin/settings")).into_response())
}

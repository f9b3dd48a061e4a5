//! Accounts: registration with email verification, log in / out, password reset, profile, "download my data"
//! and "delete my account". Nothing here reveals whether an email has an account to someone who does not
//! already control it.

use crate::auth::{self, ClientAddress, SESSION_COOKIE, cookie, hash_password, start_session, token_hash, verify_password};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError, mail};
use agora_domain::accounts::{self as rules, FieldError, PasswordPolicy, ProfileInput};
use agora_domain::people::{Gender, Language, StakeholderGroup};
use agora_store::Conn;
use agora_store::organizations::{self, NewOrganization};
use agora_store::participants::{self, ProfileFields};
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

const VERIFY_LIFETIME_SECS: i64 = 7 * 24 * 3600;
const RESET_LIFETIME_SECS: i64 = 3600;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/register", get(register_form).post(register))
        .route("/register/sent", get(|page: Page| async move { message(page, "register-sent-title", "register-sent-body") }))
        .route("/verify/{token}", get(verify))
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
        .route("/password/forgot", get(forgot_form).post(forgot))
        .route("/password/sent", get(|page: Page| async move { message(page, "forgot-sent-title", "forgot-sent-body") }))
        .route("/password/reset/{token}", get(reset_form).post(reset))
        .route("/me", get(profile_form).post(profile_save))
        .route("/me/export", get(export))
        .route("/me/delete", get(delete_form).post(delete))
        .route("/me/logout-everywhere", post(logout_everywhere))
}

/// The values of the profile fields as typed, and the errors beside them: registration and profile share it.
#[derive(Debug, Default)]
pub struct ProfileForm {
    pub name: String,
    pub email: String,
    pub stakeholder_group: String,
    pub organization: String,
    pub website: String,
    pub country: String,
    pub gender: String,
    pub languages: Vec<String>,
    pub first_time: bool,
    pub media: bool,
    pub listed: bool,
    pub bio: String,
    pub consent: bool,
    pub errors: Vec<(&'static str, String)>,
}

impl ProfileForm {
    fn from_form(form: &FormData) -> ProfileForm {
        ProfileForm {
            name: form.get("name").to_string(),
            email: form.get("email").trim().to_string(),
            stakeholder_group: form.get("stakeholder_group").to_string(),
            organization: form.get("organization").trim().to_string(),
            website: form.get("website").trim().to_string(),
            country: form.get("country").to_string(),
            gender: form.get("gender").to_string(),
            languages: form.all("languages"),
            first_time: form.checked("first_time"),
            media: form.checked("media"),
            listed: form.checked("listed"),
            bio: form.get("bio").to_string(),
            consent: form.checked("consent"),
            errors: Vec::new(),
        }
    }

    fn input(&self) -> ProfileInput {
        ProfileInput {
            name: self.name.clone(),
            stakeholder_group: self.stakeholder_group.clone(),
            country: self.country.clone(),
            gender: self.gender.clone(),
            languages: self.languages.clone(),
            first_time: self.first_time,
            media: self.media,
            listed_in_directory: self.listed,
            bio: self.bio.clone(),
        }
    }

    fn add(&mut self, page: &Page, error: FieldError) {
        self.errors.push((error.field, page.t(&format!("field-{}", error.code))));
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }

    pub fn speaks(&self, code: &str) -> bool {
        self.languages.iter().any(|l| l == code)
    }

    /// Validates the profile part and checks the organization; the caller adds its own fields' errors.
    fn validate(&mut self, page: &Page) -> Option<(rules::Profile, Option<NewOrganization>)> {
        let profile = match rules::validate_profile(&self.input()) {
            Ok(p) => Some(p),
            Err(errors) => {
                errors.into_iter().for_each(|e| self.add(page, e));
                None
            }
        };
        if self.organization.chars().count() > 200 {
            self.add(page, FieldError::new("organization", "organization-too-long"));
        }
        if !agora_domain::is_web_link_or_empty(&self.website) {
            self.add(page, FieldError::new("website", "website-invalid"));
        }
        let profile = profile?;
        let organization = (!self.organization.is_empty()).then(|| NewOrganization {
            name: self.organization.clone(),
            stakeholder_group: profile.stakeholder_group.code().to_string(),
            country: profile.country.to_string(),
            website: self.website.clone(),
        });
        Some((profile, organization))
    }
}

/// The choices of the profile form's selects, in the reader's language.
pub struct Choices {
    pub stakeholder_groups: Vec<(&'static str, String)>,
    pub countries: Vec<(&'static str, &'static str)>,
    pub genders: Vec<(&'static str, String)>,
    pub languages: Vec<(&'static str, &'static str)>,
    pub organizations: Vec<String>,
}

impl Choices {
    async fn load(page: &Page, app: &App) -> Result<Choices, AppError> {
        let mut countries: Vec<_> = agora_domain::people::countries().iter().map(|c| (c.iso2, c.name_in(page.lang))).collect();
        countries.sort_by_key(|(_, name)| name.to_lowercase());
        let mut conn = app.db.acquire().await?;
        let organizations = organizations::list(&mut conn, &Default::default(), 2000, 0).await?.into_iter().map(|o| o.name).collect();
        Ok(Choices {
            stakeholder_groups: StakeholderGroup::ALL.iter().map(|g| (g.code(), page.term("stakeholder-group", g.code()))).collect(),
            countries,
            genders: Gender::ALL.iter().map(|g| (g.code(), page.term("gender", g.code()))).collect(),
            languages: Language::ALL.iter().map(|l| (l.code(), l.endonym())).collect(),
            organizations,
        })
    }
}

fn profile_fields(profile: &rules::Profile, organization_id: Option<i64>) -> ProfileFields {
    ProfileFields {
        name: profile.name.clone(),
        stakeholder_group: profile.stakeholder_group.code().to_string(),
        organization_id,
        country: profile.country.to_string(),
        gender: profile.gender.map(|g| g.code().to_string()),
        languages: profile.languages.iter().map(|l| l.code().to_string()).collect(),
        first_time: profile.first_time,
        media: profile.media,
        listed: profile.listed_in_directory,
        bio: profile.bio.clone(),
    }
}

async fn organization_id(conn: &mut Conn, organization: Option<NewOrganization>) -> Result<Option<i64>, AppError> {
    match organization {
        Some(org) => Ok(Some(organizations::find_or_create(conn, &org).await?)),
        None => Ok(None),
    }
}

#[derive(Template)]
#[template(path = "accounts/register.html")]
struct RegisterPage {
    page: Page,
    form: ProfileForm,
    choices: Choices,
    /// Where to return once the account is verified and signed in.
    next: String,
}

async fn register_form(State(app): State<App>, page: Page, Query(query): Query<NoticeQuery>) -> Result<Response, AppError> {
    let choices = Choices::load(&page, &app).await?;
    let form = ProfileForm::default();
    Ok(html(&RegisterPage { page, form, choices, next: safe_next(&query.next) }))
}

async fn register(State(app): State<App>, ClientAddress(client): ClientAddress, page: Page, form: FormData) -> Result<Response, AppError> {
    app.limiter.check("register", &client, app.limiter.limits.register)?;
    let mut typed = ProfileForm::from_form(&form);
    let password = form.get("password").to_string();
    let next = safe_next(form.get("next"));
    let email = rules::normalise_email(&typed.email).map_err(|e| typed.add(&page, e)).ok();
    let valid = typed.validate(&page);
    if let Err(e) = rules::check_password(&password, &typed.email, &typed.name, &PasswordPolicy::default()) {
        typed.add(&page, e);
    }
    if !typed.consent {
        typed.add(&page, FieldError::new("consent", "consent-missing"));
    }
    let (Some(email), Some((profile, organization)), true) = (email, valid, typed.errors.is_empty()) else {
        let choices = Choices::load(&page, &app).await?;
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, html(&RegisterPage { page, form: typed, choices, next })).into_response());
    };
    let password_hash = hash_password(password).await?;
    let mut tx = app.db.begin().await?;
    match participants::credentials(&mut tx, &email).await? {
        // Same answer as a new registration: the mailbox's owner learns of the attempt, nobody else does.
        Some((existing, _)) => {
            let owner = participants::get(&mut tx, existing).await?.email;
            let body =
                page.t1("mail-already-registered-body", "link", format!("{}{}", app.config.public_url, page.href("/password/forgot")));
            mail::queue(&mut tx, &owner, &page.t1("mail-already-registered-subject", "forum", page.identity.display_name()), &body).await?;
            tracing::info!(participant = existing, "registration attempt with an existing email");
        }
        None => {
            let organization_id = organization_id(&mut tx, organization).await?;
            let id = participants::register(&mut tx, &email, &password_hash, &profile_fields(&profile, organization_id)).await?;
            send_verification(&app, &page, &mut tx, id, &email, &profile.name, &next).await?;
        }
    }
    tx.commit().await?;
    app.cache.invalidate();
    app.wake_mail();
    Ok(Redirect::to(&page.href("/register/sent")).into_response())
}

/// Mails a verification link; `next` (a local path, or "") is where the person lands once verified and signed in.
async fn send_verification(app: &App, page: &Page, conn: &mut Conn, id: i64, email: &str, name: &str, next: &str) -> Result<(), AppError> {
    let token = auth::random_token(32);
    participants::issue_another_token(conn, id, "verify", &token_hash(&token), VERIFY_LIFETIME_SECS).await?;
    let then = if next.is_empty() { String::new() } else { format!("?next={}", crate::query_value(next)) };
    let link = format!("{}{}{then}", app.config.public_url, page.href(&format!("/verify/{token}")));
    let subject = page.t1("mail-verify-subject", "forum", page.identity.display_name());
    let body = i18n_body(page, "mail-verify-body", &[("name", name.to_string()), ("link", link)]);
    mail::queue(conn, email, &subject, &body).await?;
    Ok(())
}

fn i18n_body(page: &Page, key: &str, args: &[(&'static str, String)]) -> String {
    crate::i18n::text_with(page.lang, key, args)
}

async fn verify(
    State(app): State<App>,
    page: Page,
    Path(token): Path<String>,
    Query(query): Query<NoticeQuery>,
) -> Result<Response, AppError> {
    let mut tx = app.db.begin().await?;
    let Some(id) = participants::redeem_token(&mut tx, "verify", &token_hash(&token)).await? else {
        return Ok(message(page, "verify-invalid-title", "verify-invalid-body"));
    };
    participants::mark_verified(&mut tx, id).await?;
    tx.commit().await?;
    app.cache.invalidate();
    let next = safe_next(&query.next);
    let then = if next.is_empty() { String::new() } else { format!("&next={}", crate::query_value(&next)) };
    Ok(Redirect::to(&page.href(&format!("/login?notice=verified{then}"))).into_response())
}

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    page: Page,
    email: String,
    next: String,
    error: Option<String>,
    notice: Option<String>,
}

impl LoginPage {
    /// Registration instead, keeping where to return.
    fn register_link(&self) -> String {
        let then = if self.next.is_empty() { String::new() } else { format!("?next={}", crate::query_value(&self.next)) };
        format!("{}{then}", self.page.href("/register"))
    }
}

#[derive(Deserialize, Default)]
struct NoticeQuery {
    #[serde(default)]
    notice: String,
    #[serde(default)]
    next: String,
}

/// Only notices we know are shown, so a link cannot put words on our pages.
fn notice(page: &Page, code: &str) -> Option<String> {
    ["verified", "password-reset", "saved", "logged-out", "logged-out-everywhere"]
        .contains(&code)
        .then(|| page.t(&format!("notice-{code}")))
}

async fn login_form(page: Page, Query(query): Query<NoticeQuery>) -> Response {
    let notice = notice(&page, &query.notice);
    html(&LoginPage { page, email: String::new(), next: safe_next(&query.next), error: None, notice })
}

/// A post-login destination on this site only: a path of visible ASCII starting with exactly one slash. An
/// absolute URL or `//host` would make us an open redirect, and so would `/\t/host` or `/\\host`: browsers drop
/// tabs and newlines from URLs and read a backslash as a slash. A control character would also break the header.
fn safe_next(next: &str) -> String {
    let visible = next.bytes().all(|b| b.is_ascii_graphic());
    let one_slash = next.starts_with('/') && !next.starts_with("//");
    if visible && one_slash && !next.contains('\\') { next.to_string() } else { String::new() }
}

async fn login(
    State(app): State<App>,
    headers: HeaderMap,
    ClientAddress(client): ClientAddress,
    page: Page,
    form: FormData,
) -> Result<Response, AppError> {
    app.limiter.check("login", &client, app.limiter.limits.login)?;
    let email = form.get("email").trim().to_string();
    let next = safe_next(form.get("next"));
    let mut conn = app.db.acquire().await?;
    let found = participants::credentials(&mut conn, &email).await?;
    let (id, stored) = found.map_or((None, None), |(id, hash)| (Some(id), Some(hash)));
    let ok = verify_password(form.get("password").to_string(), stored).await;
    let Some(id) = id.filter(|_| ok) else {
        let error = Some(page.t("login-failed"));
        return Ok((axum::http::StatusCode::UNAUTHORIZED, html(&LoginPage { page, email, next, error, notice: None })).into_response());
    };
    drop(conn);
    let mut tx = app.db.begin().await?;
    let participant = participants::get(&mut tx, id).await?;
    if participant.verified_at.is_none() {
        send_verification(&app, &page, &mut tx, id, &participant.email, &participant.name, &next).await?;
        tx.commit().await?;
        app.wake_mail();
        return Ok(message(page, "login-unverified-title", "login-unverified-body"));
    }
    let cookie = start_session(&app, &mut tx, id, cookie(&headers, SESSION_COOKIE).as_deref()).await?;
    tx.commit().await?;
    let destination = page.href(if next.is_empty() { "/" } else { &next });
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to(&destination)).into_response())
}

/// Ends every session of the account, on every device, and revokes its API tokens: what a person does who fears
/// a credential has leaked (a password reset does the same).
async fn logout_everywhere(State(app): State<App>, page: Page, _form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.id;
    let mut tx = app.db.begin().await?;
    agora_store::sessions::delete_all_of(&mut tx, user).await?;
    agora_store::tokens::revoke_all_of(&mut tx, user).await?;
    tx.commit().await?;
    let expired = auth::set_cookie(&app, SESSION_COOKIE, "", 0);
    Ok(([(header::SET_COOKIE, expired)], Redirect::to(&page.href("/login?notice=logged-out-everywhere"))).into_response())
}

async fn logout(State(app): State<App>, headers: HeaderMap, page: Page, _form: FormData) -> Result<Response, AppError> {
    if let Some(token) = cookie(&headers, SESSION_COOKIE) {
        let mut conn = app.db.acquire().await?;
        agora_store::sessions::delete(&mut conn, &token_hash(&token)).await?;
    }
    let expired = auth::set_cookie(&app, SESSION_COOKIE, "", 0);
    Ok(([(header::SET_COOKIE, expired)], Redirect::to(&page.href("/login?notice=logged-out"))).into_response())
}

#[derive(Template)]
#[template(path = "accounts/forgot.html")]
struct ForgotPage {
    page: Page,
}

async fn forgot_form(page: Page) -> Response {
    html(&ForgotPage { page })
}

async fn forgot(State(app): State<App>, ClientAddress(client): ClientAddress, page: Page, form: FormData) -> Result<Response, AppError> {
    app.limiter.check("password-reset", &client, app.limiter.limits.password_reset)?;
    let mut tx = app.db.begin().await?;
    if let Some((id, _)) = participants::credentials(&mut tx, form.get("email")).await? {
        let participant = participants::get(&mut tx, id).await?;
        let token = auth::random_token(32);
        participants::issue_token(&mut tx, id, "reset", &token_hash(&token), RESET_LIFETIME_SECS).await?;
        let link = format!("{}{}", app.config.public_url, page.href(&format!("/password/reset/{token}")));
        let subject = page.t1("mail-reset-subject", "forum", page.identity.display_name());
        let body = i18n_body(&page, "mail-reset-body", &[("name", participant.name.clone()), ("link", link)]);
        mail::queue(&mut tx, &participant.email, &subject, &body).await?;
    }
    tx.commit().await?;
    app.wake_mail();
    Ok(Redirect::to(&page.href("/password/sent")).into_response())
}

#[derive(Template)]
#[template(path = "accounts/reset.html")]
struct ResetPage {
    page: Page,
    token: String,
    error: Option<String>,
}

async fn reset_form(State(app): State<App>, page: Page, Path(token): Path<String>) -> Result<Response, AppError> {
    let mut conn = app.db.acquire().await?;
    if !participants::token_valid(&mut conn, "reset", &token_hash(&token)).await? {
        return Ok(message(page, "reset-invalid-title", "reset-invalid-body"));
    }
    Ok(html(&ResetPage { page, token, error: None }))
}

async fn reset(State(app): State<App>, page: Page, Path(token): Path<String>, form: FormData) -> Result<Response, AppError> {
    let password = form.get("password").to_string();
    if let Err(e) = rules::check_password(&password, "", "", &PasswordPolicy::default()) {
        let error = Some(page.t(&format!("field-{}", e.code)));
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, html(&ResetPage { page, token, error })).into_response());
    }
    let password_hash = hash_password(password).await?;
    let mut tx = app.db.begin().await?;
    let Some(id) = participants::redeem_token(&mut tx, "reset", &token_hash(&token)).await? else {
        return Ok(message(page, "reset-invalid-title", "reset-invalid-body"));
    };
    participants::set_password(&mut tx, id, &password_hash).await?;
    // The link proves the mailbox, and a reset must end every session and API token an attacker may hold.
    participants::mark_verified(&mut tx, id).await?;
    agora_store::sessions::delete_all_of(&mut tx, id).await?;
    agora_store::tokens::revoke_all_of(&mut tx, id).await?;
    tx.commit().await?;
    Ok(Redirect::to(&page.href("/login?notice=password-reset")).into_response())
}

#[derive(Template)]
#[template(path = "accounts/profile.html")]
struct ProfilePage {
    page: Page,
    form: ProfileForm,
    choices: Choices,
    roles: Vec<String>,
    notice: Option<String>,
    tokens: Vec<agora_store::tokens::Token>,
}

async fn profile_form(State(app): State<App>, page: Page, Query(query): Query<NoticeQuery>) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut conn = app.db.acquire().await?;
    let p = participants::get(&mut conn, user.id).await?;
    let form = ProfileForm {
        name: p.name.clone(),
        email: p.email.clone(),
        stakeholder_group: p.stakeholder_group.clone(),
        organization: p.organization.clone().unwrap_or_default(),
        country: p.country.clone(),
        gender: p.gender.clone().unwrap_or_default(),
        languages: p.languages().iter().map(|l| l.to_string()).collect(),
        first_time: p.first_time == 1,
        media: p.media == 1,
        listed: p.listed == 1,
        bio: p.bio.clone(),
        ..ProfileForm::default()
    };
    drop(conn);
    let notice = notice(&page, &query.notice);
    profile_page(&app, page, form, notice, axum::http::StatusCode::OK).await
}

/// The profile page around a form (as stored, or as typed with its errors), with roles and API tokens.
async fn profile_page(
    app: &App,
    page: Page,
    mut form: ProfileForm,
    notice: Option<String>,
    status: axum::http::StatusCode,
) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut conn = app.db.acquire().await?;
    form.email = participants::get(&mut conn, user.id).await?.email;
    let tokens = agora_store::tokens::of(&mut conn, user.id).await?;
    drop(conn);
    let choices = Choices::load(&page, app).await?;
    let roles = user.roles.iter().map(|r| page.term("role", r.code())).collect();
    Ok((status, html(&ProfilePage { page, form, choices, roles, notice, tokens })).into_response())
}

async fn profile_save(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut typed = ProfileForm::from_form(&form);
    let valid = typed.validate(&page);
    let Some((profile, organization)) = valid.filter(|_| typed.errors.is_empty()) else {
        return profile_page(&app, page, typed, None, axum::http::StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let mut tx = app.db.begin().await?;
    let organization_id = organization_id(&mut tx, organization).await?;
    participants::update_profile(&mut tx, user.id, &profile_fields(&profile, organization_id)).await?;
    tx.commit().await?;
    app.cache.invalidate();
    Ok(Redirect::to(&page.href("/me?notice=saved")).into_response())
}

/// Everything Agora holds about the participant, as JSON (GDPR art. 15 and 20).
async fn export(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let user = page.require_user()?;
    let mut conn = app.db.acquire().await?;
    let participant = participants::get(&mut conn, user.id).await?;
    let roles = participants::roles(&mut conn, user.id).await?;
    let (submissions, comments, votes) = agora_store::consultations::of_participant(&mut conn, user.id).await?;
    let groups: Vec<serde_json::Value> = agora_store::groups::memberships(&mut conn, user.id)
        .await?
        .into_iter()
        .map(|(id, name, role)| serde_json::json!({ "group": id, "name": name, "role": role }))
        .collect();
    let positions = agora_store::decisions::of_participant(&mut conn, user.id).await?;
    let proposals = agora_store::proposals::of_proposer(&mut conn, user.id).await?;
    let issues = agora_store::cycles::issues_of(&mut conn, user.id).await?;
    let posts = agora_store::discussions::posts_of(&mut conn, user.id).await?;
    // A token's name, scopes and date: its secret is shown once at creation and kept only as a hash.
    let api_tokens = agora_store::tokens::of(&mut conn, user.id).await?;
    let body = serde_json::json!({
        "exported_at": agora_store::now(),
        "participant": participant,
        "roles": roles,
        "consultation_submissions": submissions,
        "consultation_comments": comments,
        "statement_votes": votes,
        "groups": groups,
        "consensus_positions": positions,
        "proposals": proposals,
        "issues": issues,
        "group_posts": posts,
        "api_tokens": api_tokens,
    });
    let disposition = HeaderValue::from_static("attachment; filename=\"agora-my-data.json\"");
    Ok(([(header::CONTENT_DISPOSITION, disposition)], axum::Json(body)).into_response())
}

#[derive(Template)]
#[template(path = "accounts/delete.html")]
struct DeletePage {
    page: Page,
    error: Option<String>,
}

async fn delete_form(page: Page) -> Result<Response, AppError> {
    page.require_user()?;
    Ok(html(&DeletePage { page, error: None }))
}

async fn delete(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    let user = page.require_user()?.clone();
    let mut tx = app.db.begin().await?;
    let participant = participants::get(&mut tx, user.id).await?;
    let stored = participants::credentials(&mut tx, &participant.email).await?.map(|(_, hash)| hash);
    if !verify_password(form.get("password").to_string(), stored).await {
        let error = Some(page.t("delete-wrong-password"));
        return Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, html(&DeletePage { page, error })).into_response());
    }
    participants::erase(&mut tx, user.id).await?;
    tx.commit().await?;
    app.cache.invalidate();
    let expired = auth::set_cookie(&app, SESSION_COOKIE, "", 0);
    Ok(([(header::SET_COOKIE, expired)], message(page, "deleted-title", "deleted-body")).into_response())
}

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage {
    page: Page,
    title: String,
    body: String,
}

/// A page that only says something: "check your mail", "this link has expired" …
pub fn message(page: Page, title_key: &str, body_key: &str) -> Response {
    let (title, body) = (page.t(title_key), page.t(body_key));
    html(&MessagePage { page, title, body })
}

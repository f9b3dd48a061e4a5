//! Participants: accounts, profiles, roles, verification and reset tokens, the public directory, and erasure.

use crate::{Conn, Result, StoreError, is_unique_violation, now, organizations::like_pattern, record};
use serde::Serialize;

/// Roles beyond "participant", which everyone registered is.
pub const ROLES: &[&str] = &["secretariat", "mag", "chair", "admin", "translator"];

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Participant {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub stakeholder_group: String,
    pub organization_id: Option<i64>,
    pub organization: Option<String>,
    pub country: String,
    pub gender: Option<String>,
    pub languages: String,
    pub first_time: i64,
    pub media: i64,
    pub listed: i64,
    pub bio: String,
    pub verified_at: Option<i64>,
    pub created_at: i64,
}

impl Participant {
    pub fn languages(&self) -> Vec<&str> {
        self.languages.split(',').filter(|l| !l.is_empty()).collect()
    }
}

/// What registration and profile edits write; validated by the domain before it gets here.
#[derive(Debug, Clone)]
pub struct ProfileFields {
    pub name: String,
    pub stakeholder_group: String,
    pub organization_id: Option<i64>,
    pub country: String,
    pub gender: Option<String>,
    pub languages: Vec<String>,
    pub first_time: bool,
    pub media: bool,
    pub listed: bool,
    pub bio: String,
}

const SELECT: &str = "SELECT p.id, p.email, p.name, p.stakeholder_group, p.organization_id, o.name AS organization, p.country,
    p.gender, p.languages, p.first_time, p.media, p.listed, p.bio, p.verified_at, p.created_at
    FROM participants p LEFT JOIN organizations o ON o.id = p.organization_id";

/// Emails compare case-insensitively (the domain is already lowercased by the domain rules).
pub fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

pub async fn register(conn: &mut Conn, email: &str, password_hash: &str, profile: &ProfileFields) -> Result<i64> {
    let inserted = sqlx::query_scalar(
        "INSERT INTO participants (email, email_key, password_hash, consented_at, created_at) VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(email)
    .bind(email_key(email))
    .bind(password_hash)
    .bind(now())
    .fetch_one(&mut *conn)
    .await;
    let id = match inserted {
        Err(e) if is_unique_violation(&e) => return Err(StoreError::Conflict),
        other => other?,
    };
    write_profile(conn, id, profile).await?;
    // No personal data in the public record: registrations are public only as counts.
    record::append(conn, "participant.registered", "participant", id, &serde_json::json!({})).await?;
    Ok(id)
}

/// The first account created (the forum's first administrator).
pub async fn first_id(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT id FROM participants ORDER BY id LIMIT 1").fetch_one(conn).await?)
}

pub async fn get(conn: &mut Conn, id: i64) -> Result<Participant> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT} WHERE p.id = $1 AND p.deleted_at IS NULL")))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .ok_or(StoreError::NotFound)
}

/// The account with that email and its password hash, for logging in.
pub async fn credentials(conn: &mut Conn, email: &str) -> Result<Option<(i64, String)>> {
    Ok(sqlx::query_as("SELECT id, password_hash FROM participants WHERE email_key = $1 AND deleted_at IS NULL")
        .bind(email_key(email))
        .fetch_optional(conn)
        .await?)
}

pub async fn update_profile(conn: &mut Conn, id: i64, profile: &ProfileFields) -> Result<()> {
    write_profile(conn, id, profile).await?;
    // Directory entries are public; the record says one changed, the directory shows what it now says.
    record::append(conn, "participant.profile-updated", "participant", id, &serde_json::json!({})).await?;
    Ok(())
}

async fn write_profile(conn: &mut Conn, id: i64, profile: &ProfileFields) -> Result<()> {
    sqlx::query(
        "UPDATE participants SET name = $1, stakeholder_group = $2, organization_id = $3, country = $4, gender = $5, languages = $6,
            first_time = $7, media = $8, listed = $9, bio = $10 WHERE id = $11 AND deleted_at IS NULL",
    )
    .bind(&profile.name)
    .bind(&profile.stakeholder_group)
    .bind(profile.organization_id)
    .bind(&profile.country)
    .bind(profile.gender.as_deref())
    .bind(profile.languages.join(","))
    .bind(profile.first_time as i64)
    .bind(profile.media as i64)
    .bind(profile.listed as i64)
    .bind(&profile.bio)
    .bind(id)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn set_password(conn: &mut Conn, id: i64, password_hash: &str) -> Result<()> {
    sqlx::query("UPDATE participants SET password_hash = $1 WHERE id = $2").bind(password_hash).bind(id).execute(conn).await?;
    Ok(())
}

/// Marks an address verified; the other verification links mailed to it stop working.
pub async fn mark_verified(conn: &mut Conn, id: i64) -> Result<()> {
    sqlx::query("UPDATE participants SET verified_at = COALESCE(verified_at, $1) WHERE id = $2")
        .bind(now())
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM one_time_tokens WHERE participant_id = $1 AND purpose = 'verify' AND used_at IS NULL")
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Erases an account's personal data and ends its sessions. The row stays, emptied, so that public contributions
/// keep a stable author shown as "former participant".
pub async fn erase(conn: &mut Conn, id: i64) -> Result<()> {
    sqlx::query(
        "UPDATE participants SET email = NULL, email_key = NULL, password_hash = NULL, name = NULL, stakeholder_group = NULL,
            organization_id = NULL, country = NULL, gender = NULL, languages = '', first_time = 0, media = 0, listed = 0, bio = '',
            consented_at = NULL, verified_at = NULL, deleted_at = $1 WHERE id = $2",
    )
    .bind(now())
    .bind(id)
    .execute(&mut *conn)
    .await?;
    for table in [
        "DELETE FROM login_sessions WHERE participant_id = $1",
        "DELETE FROM one_time_tokens WHERE participant_id = $1",
        "DELETE FROM participant_roles WHERE participant_id = $1",
        // Public consultation inputs stay, as part of the record, without the name of who sent them.
        "UPDATE consultation_submissions SET author_name = '', participant_id = NULL WHERE participant_id = $1",
        "UPDATE consultation_comments SET author_name = '', participant_id = NULL WHERE participant_id = $1",
        "UPDATE consultation_statements SET participant_id = NULL WHERE participant_id = $1",
        "UPDATE consultation_inquiries SET participant_id = NULL WHERE participant_id = $1",
        // A badge photo is personal data the record does not need.
        "UPDATE meeting_registrations SET photo = NULL, photo_type = NULL WHERE participant_id = $1",
        // A travel-support application keeps its decision and amounts (the call's totals), not what was written.
        "UPDATE travel_applications SET motivation = '', contribution_detail = '', recommender_name = '', recommender_email = '',
            recommendation_letter = '', recommendation_hash = NULL, report = '' WHERE participant_id = $1",
    ] {
        sqlx::query(table).bind(id).execute(&mut *conn).await?;
    }
    record::append(conn, "participant.erased", "participant", id, &serde_json::json!({})).await?;
    Ok(())
}

pub async fn roles(conn: &mut Conn, id: i64) -> Result<Vec<String>> {
    Ok(sqlx::query_scalar("SELECT role FROM participant_roles WHERE participant_id = $1 ORDER BY role").bind(id).fetch_all(conn).await?)
}

pub async fn grant(conn: &mut Conn, id: i64, role: &str) -> Result<()> {
    sqlx::query("INSERT INTO participant_roles (participant_id, role, granted_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING")
        .bind(id)
        .bind(role)
        .bind(now())
        .execute(&mut *conn)
        .await?;
    record::append(conn, "participant.role-granted", "participant", id, &serde_json::json!({ "role": role })).await?;
    Ok(())
}

/// Takes a role from a participant; whether they had it. A revocation is public, like the grant.
pub async fn revoke(conn: &mut Conn, id: i64, role: &str) -> Result<bool> {
    let done = sqlx::query("DELETE FROM participant_roles WHERE participant_id = $1 AND role = $2")
        .bind(id)
        .bind(role)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Ok(false);
    }
    record::append(conn, "participant.role-revoked", "participant", id, &serde_json::json!({ "role": role })).await?;
    Ok(true)
}

/// A participant who holds a role, for the operator's list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RoleHolder {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub granted_at: i64,
}

/// Every role held by a participant whose account is not deleted, by email then role.
pub async fn role_holders(conn: &mut Conn) -> Result<Vec<RoleHolder>> {
    Ok(sqlx::query_as(
        "SELECT p.id, COALESCE(p.email, '') AS email, COALESCE(p.name, '') AS name, r.role, r.granted_at
         FROM participant_roles r JOIN participants p ON p.id = r.participant_id
         WHERE p.deleted_at IS NULL ORDER BY p.email, r.role",
    )
    .fetch_all(conn)
    .await?)
}

/// Stores a one-time token (its hash) for verification or password reset, replacing older ones of that purpose.
pub async fn issue_token(conn: &mut Conn, id: i64, purpose: &str, token_hash: &str, lifetime_secs: i64) -> Result<()> {
    sqlx::query("DELETE FROM one_time_tokens WHERE participant_id = $1 AND purpose = $2")
        .bind(id)
        .bind(purpose)
        .execute(&mut *conn)
        .await?;
    issue_another_token(conn, id, purpose, token_hash, lifetime_secs).await
}

/// A one-time token beside those already issued for the purpose, which keep working: a second verification
/// mail must not break the link of the first, which the person may open first.
pub async fn issue_another_token(conn: &mut Conn, id: i64, purpose: &str, token_hash: &str, lifetime_secs: i64) -> Result<()> {
    sqlx::query("INSERT INTO one_time_tokens (token_hash, participant_id, purpose, expires_at) VALUES ($1, $2, $3, $4)")
        .bind(token_hash)
        .bind(id)
        .bind(purpose)
        .bind(now() + lifetime_secs)
        .execute(conn)
        .await?;
    Ok(())
}

/// Uses a token once: returns its participant if it exists, is unused, unexpired and of that purpose.
pub async fn redeem_token(conn: &mut Conn, purpose: &str, token_hash: &str) -> Result<Option<i64>> {
    Ok(sqlx::query_scalar("UPDATE one_time_tokens SET used_at = $1 WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1 RETURNING participant_id")
        .bind(now())
        .bind(token_hash)
        .bind(purpose)
        .fetch_optional(conn)
        .await?)
}

/// The participant and purpose of a token that is currently redeemable, without using it (to show what a link
/// offers before it is answered).
pub async fn live_token(conn: &mut Conn, token_hash: &str) -> Result<Option<(i64, String)>> {
    Ok(sqlx::query_as("SELECT participant_id, purpose FROM one_time_tokens WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2")
        .bind(token_hash)
        .bind(now())
        .fetch_optional(conn)
        .await?)
}

/// Whether a participant holds a live token of a purpose. Its value cannot be shown again: only its hash is kept.
pub async fn has_token(conn: &mut Conn, id: i64, purpose: &str) -> Result<bool> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT 1 FROM one_time_tokens WHERE participant_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(id)
    .bind(purpose)
    .bind(now())
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}

/// Whether a token is currently redeemable, without using it (to show the reset form).
pub async fn token_valid(conn: &mut Conn, purpose: &str, token_hash: &str) -> Result<bool> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT participant_id FROM one_time_tokens WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3",
    )
    .bind(token_hash)
    .bind(purpose)
    .bind(now())
    .fetch_optional(conn)
    .await?;
    Ok(found.is_some())
}

/// A directory entry: only what a participant chose to make public.
#[derive(Debug, Clone, sqlx::FromRow, Serialize, utoipa::ToSchema)]
pub struct DirectoryEntry {
    pub id: i64,
    pub name: String,
    pub stakeholder_group: String,
    pub organization_id: Option<i64>,
    pub organization: Option<String>,
    pub country: String,
    pub bio: String,
}

#[derive(Debug, Clone, Default)]
pub struct DirectoryFilter {
    pub stakeholder_group: String,
    pub country: String,
    pub name: String,
    pub organization_id: Option<i64>,
    pub participant_id: Option<i64>,
    /// Cursor pagination for the API: only ids after this one, in id order (else by name).
    pub after_id: Option<i64>,
}

pub async fn directory(conn: &mut Conn, filter: &DirectoryFilter, limit: i64, offset: i64) -> Result<Vec<DirectoryEntry>> {
    Ok(sqlx::query_as(
        "SELECT p.id, p.name, p.stakeholder_group, p.organization_id, o.name AS organization, p.country, p.bio
         FROM participants p LEFT JOIN organizations o ON o.id = p.organization_id
         WHERE p.listed = 1 AND p.deleted_at IS NULL AND p.verified_at IS NOT NULL
           AND ($1 = '' OR p.stakeholder_group = $1) AND ($2 = '' OR p.country = $2) AND ($3 = '' OR LOWER(p.name) LIKE $3)
           AND ($4 = 0 OR p.organization_id = $4) AND ($5 = 0 OR p.id = $5) AND ($8 < 0 OR p.id > $8)
         ORDER BY CASE WHEN $8 < 0 THEN LOWER(p.name) ELSE '' END, p.id LIMIT $6 OFFSET $7",
    )
    .bind(&filter.stakeholder_group)
    .bind(&filter.country)
    .bind(like_pattern(&filter.name))
    .bind(filter.organization_id.unwrap_or(0))
    .bind(filter.participant_id.unwrap_or(0))
    .bind(limit)
    .bind(offset)
    .bind(filter.after_id.unwrap_or(-1))
    .fetch_all(conn)
    .await?)
}

pub async fn count_active(conn: &mut Conn) -> Result<i64> {
    Ok(sqlx::query_scalar("SELECT COUNT(*) FROM participants WHERE deleted_at IS NULL").fetch_one(conn).await?)
}

//! The rows participation statistics are tallied from: one per active registration, no names.

use crate::{Conn, Result};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RegistrationFacts {
    pub stakeholder_group: String,
    pub country: String,
    pub gender: Option<String>,
    pub first_time: i64,
    pub media: i64,
}

pub async fn registrations(conn: &mut Conn) -> Result<Vec<RegistrationFacts>> {
    Ok(sqlx::query_as("SELECT stakeholder_group, country, gender, first_time, media FROM participants WHERE deleted_at IS NULL")
        .fetch_all(conn)
        .await?)
}

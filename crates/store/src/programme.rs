//! The programme: rooms and time slots of a cycle's venue, sessions (from approved proposals or created
//! directly) with their people, schedule versions with their placements (one published), and interests.

use crate::{Conn, Result, StoreError, now, record};
use serde::Serialize;

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Room {
    pub id: i64,
    pub name: String,
    pub capacity: i64,
    pub hybrid: i64,
    pub interpretation: String,
    pub session_types: String,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Slot {
    pub id: i64,
    pub day: i64,
    pub starts_at: i64,
    pub minutes: i64,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Session {
    pub id: i64,
    pub cycle_id: i64,
    pub proposal_id: Option<i64>,
    pub session_type: String,
    pub title: String,
    pub description: String,
    pub theme_id: Option<i64>,
    pub minutes: i64,
    pub expected_audience: i64,
    pub needs_hybrid: i64,
    pub needs_interpretation: String,
    pub fixed_room_id: Option<i64>,
    pub fixed_slot_id: Option<i64>,
    pub remote_url: String,
    pub materials: String,
    /// Day numbers the organizers prefer, comma-separated; empty for any.
    pub preferred_days: String,
    /// What an imported schedule said of the event beyond the fields above (empty for sessions made here):
    /// see `keep_schedule_fields`.
    pub subtitle: String,
    pub language: String,
    pub event_type: String,
    pub guid: String,
    pub slug: String,
    /// The file's `<abstract>` and `<description>`, each as it was.
    pub frab_abstract: String,
    pub frab_description: String,
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct SessionPerson {
    pub session_id: i64,
    pub participant_id: Option<i64>,
    pub name: String,
    pub role: String,
    /// The person's id and guid in the system an imported schedule came from; empty otherwise.
    pub external_id: String,
    pub guid: String,
}

/// A link or attachment of a session as an imported schedule listed it.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct SessionLink {
    pub session_id: i64,
    /// "link" or "attachment".
    pub kind: String,
    /// An attachment's kind ("slides"), or empty.
    #[sqlx(rename = "type")]
    pub link_type: String,
    pub href: String,
    pub title: String,
}

pub async fn add_room(conn: &mut Conn, cycle_id: i64, name: &str, capacity: i64, hybrid: bool, interpretation: &str) -> Result<i64> {
    add_room_for(conn, cycle_id, name, capacity, hybrid, interpretation, "").await
}

/// A room that takes only some session types (comma-separated codes; empty for any).
pub async fn add_room_for(
    conn: &mut Conn,
    cycle_id: i64,
    name: &str,
    capacity: i64,
    hybrid: bool,
    interpretation: &str,
    session_types: &str,
) -> Result<i64> {
    let id = sqlx::query_scalar(
        "INSERT INTO rooms (cycle_id, name, capacity, hybrid, interpretation, session_types) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(cycle_id)
    .bind(name)
    .bind(capacity)
    .bind(hybrid as i64)
    .bind(interpretation)
    .bind(session_types)
    .fetch_one(&mut *conn)
    .await?;
    record::append(
        conn,
        "room.added",
        "cycle",
        cycle_id,
        &serde_json::json!({ "room": id, "name": name, "capacity": capacity, "hybrid": hybrid }),
    )
    .await?;
    Ok(id)
}

pub async fn rooms(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Room>> {
    Ok(sqlx::query_as("SELECT id, name, capacity, hybrid, interpretation, session_types FROM rooms WHERE cycle_id = $1 ORDER BY id")
        .bind(cycle_id)
        .fetch_all(conn)
        .await?)
}

pub async fn add_slot(conn: &mut Conn, cycle_id: i64, day: i64, starts_at: i64, minutes: i64) -> Result<i64> {
    let id = sqlx::query_scalar("INSERT INTO slots (cycle_id, day, starts_at, minutes) VALUES ($1, $2, $3, $4) RETURNING id")
        .bind(cycle_id)
        .bind(day)
        .bind(starts_at)
        .bind(minutes)
        .fetch_one(&mut *conn)
        .await?;
    record::append(
        conn,
        "slot.added",
        "cycle",
        cycle_id,
        &serde_json::json!({ "slot": id, "day": day, "starts_at": starts_at, "minutes": minutes }),
    )
    .await?;
    Ok(id)
}

pub async fn slots(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Slot>> {
    Ok(sqlx::query_as("SELECT id, day, starts_at, minutes FROM slots WHERE cycle_id = $1 ORDER BY starts_at, id")
        .bind(cycle_id)
        .fetch_all(conn)
        .await?)
}

const SESSION: &str =
    "SELECT id, cycle_id, proposal_id, session_type, title, description, theme_id, minutes, expected_audience, needs_hybrid,
    needs_interpretation, fixed_room_id, fixed_slot_id, remote_url, materials, preferred_days, subtitle, language, event_type, guid,
    slug, frab_abstract, frab_description FROM sessions";

pub async fn sessions(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Session>> {
    Ok(sqlx::query_as(sqlx::AssertSqlSafe(format!("{SESSION} WHERE cycle_id = $1 ORDER BY id"))).bind(cycle_id).fetch_all(conn).await?)
}

pub async fn session(conn: &mut Conn, id: i64) -> Result<Session> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{SESSION} WHERE id = $1"))).bind(id).fetch_optional(conn).await?.ok_or(StoreError::NotFound)
}

pub struct NewSession<'a> {
    pub session_type: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub theme_id: Option<i64>,
    pub minutes: i64,
    pub expected_audience: i64,
    pub needs_hybrid: bool,
    pub fixed: Option<(i64, i64)>,
    pub proposal_id: Option<i64>,
}

pub async fn add_session(conn: &mut Conn, cycle_id: i64, s: &NewSession<'_>, people: &[(Option<i64>, String, String)]) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO sessions (cycle_id, proposal_id, session_type, title, description, theme_id, minutes, expected_audience, needs_hybrid, fixed_room_id, fixed_slot_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
    )
    .bind(cycle_id)
    .bind(s.proposal_id)
    .bind(s.session_type)
    .bind(s.title)
    .bind(s.description)
    .bind(s.theme_id)
    .bind(s.minutes)
    .bind(s.expected_audience)
    .bind(s.needs_hybrid as i64)
    .bind(s.fixed.map(|f| f.0))
    .bind(s.fixed.map(|f| f.1))
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    for (position, (participant, name, role)) in people.iter().enumerate() {
        sqlx::query("INSERT INTO session_people (session_id, position, participant_id, name, role) VALUES ($1, $2, $3, $4, $5)")
            .bind(id)
            .bind(position as i64)
            .bind(*participant)
            .bind(name)
            .bind(role)
            .execute(&mut *conn)
            .await?;
    }
    record::append(
        conn,
        "session.created",
        "session",
        id,
        &serde_json::json!({ "cycle": cycle_id, "title": s.title, "type": s.session_type }),
    )
    .await?;
    Ok(id)
}

/// Sessions for the approved workshops that have none yet; returns how many were created.
pub async fn import_approved(conn: &mut Conn, cycle_id: i64) -> Result<usize> {
    let approved: Vec<(i64, String, String, Option<i64>, i64, Option<String>)> = sqlx::query_as(
        "SELECT p.id, p.title, p.description, p.theme_id, p.duration, (SELECT t.kind FROM themes t WHERE t.id = p.theme_id)
         FROM proposals p JOIN decisions d ON d.proposal_id = p.id
         WHERE p.cycle_id = $1 AND d.outcome IN ('approved', 'approved-if-merged') AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.proposal_id = p.id)
         ORDER BY p.id",
    )
    .bind(cycle_id)
    .fetch_all(&mut *conn)
    .await?;
    for (proposal, title, description, theme, minutes, kind) in &approved {
        let people: Vec<(Option<i64>, String, String)> = sqlx::query_as(
            "SELECT participant_id, name, role FROM proposal_people WHERE proposal_id = $1 AND status = 'confirmed' ORDER BY position",
        )
        .bind(proposal)
        .fetch_all(&mut *conn)
        .await?;
        let proposer: Option<i64> =
            sqlx::query_scalar("SELECT proposer_id FROM proposals WHERE id = $1").bind(proposal).fetch_optional(&mut *conn).await?;
        let mut people = people;
        if let Some(p) = proposer {
            let name: Option<String> =
                sqlx::query_scalar("SELECT name FROM participants WHERE id = $1").bind(p).fetch_optional(&mut *conn).await?.flatten();
            people.push((Some(p), name.unwrap_or_default(), "organizer".into()));
        }
        // A selected proposal of the Day 0 track becomes a Day 0 event; every other one a workshop.
        let new = NewSession {
            session_type: agora_domain::tracks::TrackKind::of(kind.as_deref().unwrap_or("")).session_type(),
            title,
            description,
            theme_id: *theme,
            minutes: (*minutes).max(30),
            expected_audience: 60,
            needs_hybrid: true,
            fixed: None,
            proposal_id: Some(*proposal),
        };
        add_session(conn, cycle_id, &new, &people).await?;
    }
    Ok(approved.len())
}

pub async fn people_of_cycle(conn: &mut Conn, cycle_id: i64) -> Result<Vec<SessionPerson>> {
    Ok(sqlx::query_as(
        "SELECT sp.session_id, sp.participant_id, sp.name, sp.role, sp.external_id, sp.guid FROM session_people sp
         JOIN sessions s ON s.id = sp.session_id WHERE s.cycle_id = $1 ORDER BY sp.session_id, sp.position",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

/// The links and attachments of a cycle's sessions, in each session's order.
pub async fn links_of_cycle(conn: &mut Conn, cycle_id: i64) -> Result<Vec<SessionLink>> {
    Ok(sqlx::query_as(
        "SELECT l.session_id, l.kind, l.type, l.href, l.title FROM session_links l JOIN sessions s ON s.id = l.session_id
         WHERE s.cycle_id = $1 ORDER BY l.session_id, l.position",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

pub async fn interests_of_cycle(conn: &mut Conn, cycle_id: i64) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as(
        "SELECT i.session_id, i.participant_id FROM interests i JOIN sessions s ON s.id = i.session_id WHERE s.cycle_id = $1",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

pub async fn set_interest(conn: &mut Conn, participant_id: i64, session_id: i64, interested: bool) -> Result<()> {
    let sql = if interested {
        "INSERT INTO interests (participant_id, session_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
    } else {
        "DELETE FROM interests WHERE participant_id = $1 AND session_id = $2"
    };
    sqlx::query(sql).bind(participant_id).bind(session_id).execute(conn).await?;
    Ok(())
}

pub async fn interests_of(conn: &mut Conn, participant_id: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar("SELECT session_id FROM interests WHERE participant_id = $1").bind(participant_id).fetch_all(conn).await?)
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct Version {
    pub id: i64,
    pub cycle_id: i64,
    pub name: String,
    pub created_at: i64,
    pub published_at: Option<i64>,
    pub hard_violations: i64,
    pub soft_cost: i64,
    pub violations: String,
}

/// (session, room, slot)
pub type Placement = (i64, i64, i64);

pub async fn save_version(
    conn: &mut Conn,
    cycle_id: i64,
    name: &str,
    placements: &[Placement],
    hard: i64,
    soft: i64,
    violations: &serde_json::Value,
) -> Result<i64> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO schedule_versions (cycle_id, name, created_at, hard_violations, soft_cost, violations) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(cycle_id)
    .bind(name)
    .bind(now())
    .bind(hard)
    .bind(soft)
    .bind(violations.to_string())
    .fetch_one(&mut *conn)
    .await?;
    for (session, room, slot) in placements {
        sqlx::query("INSERT INTO schedule_placements (version_id, session_id, room_id, slot_id) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(session)
            .bind(room)
            .bind(slot)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

pub async fn versions(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Version>> {
    Ok(sqlx::query_as(
        "SELECT id, cycle_id, name, created_at, published_at, hard_violations, soft_cost, violations FROM schedule_versions WHERE cycle_id = $1 ORDER BY id DESC",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

pub async fn version(conn: &mut Conn, id: i64) -> Result<Version> {
    sqlx::query_as(
        "SELECT id, cycle_id, name, created_at, published_at, hard_violations, soft_cost, violations FROM schedule_versions WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?
    .ok_or(StoreError::NotFound)
}

/// The version whose publication is the latest: what the public programme shows.
pub async fn published(conn: &mut Conn, cycle_id: i64) -> Result<Option<Version>> {
    Ok(sqlx::query_as(
        "SELECT id, cycle_id, name, created_at, published_at, hard_violations, soft_cost, violations FROM schedule_versions
         WHERE cycle_id = $1 AND published_at IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT 1",
    )
    .bind(cycle_id)
    .fetch_optional(conn)
    .await?)
}

pub async fn placements(conn: &mut Conn, version_id: i64) -> Result<Vec<Placement>> {
    Ok(sqlx::query_as("SELECT session_id, room_id, slot_id FROM schedule_placements WHERE version_id = $1 ORDER BY slot_id, room_id")
        .bind(version_id)
        .fetch_all(conn)
        .await?)
}

/// What moved between two sets of placements: (session, before (room, slot), after (room, slot)).
pub type Change = (i64, Option<(i64, i64)>, Option<(i64, i64)>);

pub fn diff(before: &[Placement], after: &[Placement]) -> Vec<Change> {
    let find = |list: &[Placement], s: i64| list.iter().find(|p| p.0 == s).map(|p| (p.1, p.2));
    let mut sessions: Vec<i64> = before.iter().chain(after).map(|p| p.0).collect();
    sessions.sort_unstable();
    sessions.dedup();
    sessions
        .into_iter()
        .filter_map(|s| {
            let (b, a) = (find(before, s), find(after, s));
            (b != a).then_some((s, b, a))
        })
        .collect()
}

/// Replaces a draft's placements and its assessment (after a move by hand).
pub async fn replace_placements(
    conn: &mut Conn,
    version_id: i64,
    placements: &[Placement],
    hard: i64,
    soft: i64,
    violations: &serde_json::Value,
) -> Result<()> {
    sqlx::query("DELETE FROM schedule_placements WHERE version_id = $1").bind(version_id).execute(&mut *conn).await?;
    for (session, room, slot) in placements {
        sqlx::query("INSERT INTO schedule_placements (version_id, session_id, room_id, slot_id) VALUES ($1, $2, $3, $4)")
            .bind(version_id)
            .bind(session)
            .bind(room)
            .bind(slot)
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query("UPDATE schedule_versions SET hard_violations = $1, soft_cost = $2, violations = $3 WHERE id = $4")
        .bind(hard)
        .bind(soft)
        .bind(violations.to_string())
        .bind(version_id)
        .execute(conn)
        .await?;
    Ok(())
}

#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct ChangeRow {
    pub session_id: i64,
    pub before_room: Option<i64>,
    pub before_slot: Option<i64>,
    pub after_room: Option<i64>,
    pub after_slot: Option<i64>,
    pub at: i64,
}

pub async fn changes(conn: &mut Conn, cycle_id: i64) -> Result<Vec<ChangeRow>> {
    Ok(sqlx::query_as(
        "SELECT session_id, before_room, before_slot, after_room, after_slot, at FROM schedule_changes WHERE cycle_id = $1 ORDER BY id DESC",
    )
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

/// Publishes a version; when another was published before, records what changed and returns it.
pub async fn publish(conn: &mut Conn, version_id: i64) -> Result<Vec<Change>> {
    let version = version(&mut *conn, version_id).await?;
    let previous = match published(&mut *conn, version.cycle_id).await? {
        Some(p) if p.id != version_id => Some(placements(&mut *conn, p.id).await?),
        _ => None,
    };
    sqlx::query("UPDATE schedule_versions SET published_at = $1 WHERE id = $2").bind(now()).bind(version_id).execute(&mut *conn).await?;
    let placements = placements(&mut *conn, version_id).await?;
    let changes = previous.map(|before| diff(&before, &placements)).unwrap_or_default();
    let at = now();
    for (session, before, after) in &changes {
        sqlx::query(
            "INSERT INTO schedule_changes (cycle_id, version_id, session_id, before_room, before_slot, after_room, after_slot, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(version.cycle_id)
        .bind(version_id)
        .bind(session)
        .bind(before.map(|b| b.0))
        .bind(before.map(|b| b.1))
        .bind(after.map(|a| a.0))
        .bind(after.map(|a| a.1))
        .bind(at)
        .execute(&mut *conn)
        .await?;
    }
    let payload = serde_json::json!({ "version": version_id, "name": version.name, "placements": placements, "changes": changes.len() });
    record::append(conn, "schedule.published", "cycle", version.cycle_id, &payload).await?;
    Ok(changes)
}

/// A copy of a version as a new draft, so that editing never touches what is published.
pub async fn copy_version(conn: &mut Conn, version_id: i64, name: &str) -> Result<i64> {
    let v = version(&mut *conn, version_id).await?;
    let placements = placements(&mut *conn, version_id).await?;
    save_version(
        conn,
        v.cycle_id,
        name,
        &placements,
        v.hard_violations,
        v.soft_cost,
        &serde_json::from_str(&v.violations).unwrap_or_default(),
    )
    .await
}

/// Imports a frab schedule into a cycle in one transaction (the caller's): its rooms (reused by name), a slot
/// per distinct start and length, each event as a session fixed where the file puts it, and a draft version with
/// those placements. Returns (rooms added, slots added, sessions added, version id).
pub async fn import(
    conn: &mut Conn,
    cycle_id: i64,
    schedule: &agora_domain::programme::frab::ImportedSchedule,
) -> Result<(usize, usize, usize, i64)> {
    let mut rooms: Vec<(String, i64)> = self::rooms(&mut *conn, cycle_id).await?.into_iter().map(|r| (r.name, r.id)).collect();
    let added_rooms = rooms.len();
    // Every room of the venue, in the file's order, including those no event uses.
    for name in &schedule.rooms {
        room_named(&mut *conn, cycle_id, &mut rooms, name).await?;
    }
    // Days are numbered as the file's `<day>`s are, so an event after midnight stays in the day it is listed in.
    let mut days: Vec<&str> = schedule.events.iter().map(|e| e.day.as_str()).collect();
    days.sort_unstable();
    days.dedup();
    let mut slots: Vec<((i64, u32), i64)> = Vec::new();
    let mut themes: Vec<(String, i64)> = crate::cycles::themes(&mut *conn, cycle_id).await?.into_iter().map(|t| (t.name, t.id)).collect();
    let mut placements = Vec::new();
    for event in &schedule.events {
        let room = room_named(&mut *conn, cycle_id, &mut rooms, &event.room).await?;
        let key = (event.starts_at, event.minutes);
        let slot = match slots.iter().find(|(k, _)| *k == key) {
            Some((_, id)) => *id,
            None => {
                let day = days.iter().position(|d| *d == event.day).unwrap_or(0) as i64 + 1;
                let id = add_slot(&mut *conn, cycle_id, day, event.starts_at, event.minutes as i64).await?;
                slots.push((key, id));
                id
            }
        };
        let kind = if ["main-session", "open-forum", "workshop", "town-hall", "lightning-talk", "opening", "closing"]
            .contains(&event.event_type.as_str())
        {
            event.event_type.as_str()
        } else {
            "workshop"
        };
        let theme_id = theme_of_track(&mut *conn, cycle_id, &mut themes, &event.track).await?;
        let text = event.text();
        let new = NewSession {
            session_type: kind,
            title: &event.title,
            description: &text,
            theme_id,
            minutes: event.minutes as i64,
            expected_audience: 50,
            needs_hybrid: false,
            fixed: Some((room, slot)),
            proposal_id: None,
        };
        let people: Vec<(Option<i64>, String, String)> =
            event.persons.iter().map(|p| (None, p.name.clone(), "speaker".to_string())).collect();
        let session = add_session(&mut *conn, cycle_id, &new, &people).await?;
        keep_schedule_fields(&mut *conn, session, event).await?;
        let materials = event.materials();
        if !materials.is_empty() {
            set_details(&mut *conn, session, "", &materials, "").await?;
        }
        placements.push((session, room, slot));
    }
    let name = format!("Imported: {}", schedule.title);
    let version = save_version(conn, cycle_id, &name, &placements, 0, 0, &serde_json::json!([])).await?;
    Ok((rooms.len() - added_rooms, slots.len(), placements.len(), version))
}

/// The id of the cycle's room with this name, added (100 seats, hybrid) the first time it is seen.
async fn room_named(conn: &mut Conn, cycle_id: i64, rooms: &mut Vec<(String, i64)>, name: &str) -> Result<i64> {
    if let Some((_, id)) = rooms.iter().find(|(known, _)| known == name) {
        return Ok(*id);
    }
    let id = add_room(conn, cycle_id, name, 100, true, "").await?;
    rooms.push((name.to_string(), id));
    Ok(id)
}

/// Keeps what the file said of an event that a session has no field for — its subtitle, language, own type,
/// guid, slug and abstract, its people's ids, its links and attachments — so that the exports give it back.
async fn keep_schedule_fields(conn: &mut Conn, session_id: i64, event: &agora_domain::programme::frab::ImportedEvent) -> Result<()> {
    sqlx::query(
        "UPDATE sessions SET subtitle = $1, language = $2, event_type = $3, guid = $4, slug = $5, frab_abstract = $6, frab_description = $7
         WHERE id = $8",
    )
    .bind(&event.subtitle)
    .bind(&event.language)
    .bind(&event.event_type)
    .bind(&event.guid)
    .bind(&event.slug)
    .bind(&event.abstract_text)
    .bind(&event.description)
    .bind(session_id)
    .execute(&mut *conn)
    .await?;
    for (position, person) in event.persons.iter().enumerate() {
        sqlx::query("UPDATE session_people SET external_id = $1, guid = $2 WHERE session_id = $3 AND position = $4")
            .bind(&person.id)
            .bind(&person.guid)
            .bind(session_id)
            .bind(position as i64)
            .execute(&mut *conn)
            .await?;
    }
    let links = event.links.iter().map(|l| ("link", l)).chain(event.attachments.iter().map(|a| ("attachment", a)));
    for (position, (kind, link)) in links.enumerate() {
        sqlx::query("INSERT INTO session_links (session_id, position, kind, type, href, title) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(session_id)
            .bind(position as i64)
            .bind(kind)
            .bind(&link.kind)
            .bind(&link.href)
            .bind(&link.title)
            .execute(&mut *conn)
            .await?;
    }
    let kept = serde_json::json!({
        "subtitle": event.subtitle, "language": event.language, "type": event.event_type, "guid": event.guid, "slug": event.slug,
        "links": event.links.len(), "attachments": event.attachments.len(),
    });
    record::append(conn, "session.schedule-fields-kept", "session", session_id, &kept).await?;
    Ok(())
}

/// The cycle's theme an imported event's track names, added the first time it is seen; none for no track.
/// A track is what frab calls a theme, and the exports write a session's theme back as its `<track>`.
async fn theme_of_track(conn: &mut Conn, cycle_id: i64, themes: &mut Vec<(String, i64)>, track: &str) -> Result<Option<i64>> {
    let track = track.trim();
    if track.is_empty() {
        return Ok(None);
    }
    if let Some((_, id)) = themes.iter().find(|(name, _)| name == track) {
        return Ok(Some(*id));
    }
    let new = crate::cycles::NewTheme { name: track, description: "", sub_themes: "", policy_questions: "" };
    let id = crate::cycles::add_theme(conn, cycle_id, &new).await?;
    themes.push((track.to_string(), id));
    Ok(Some(id))
}

/// Sets a session's remote-participation link and materials (Markdown).
pub async fn set_details(conn: &mut Conn, session_id: i64, remote_url: &str, materials: &str, preferred_days: &str) -> Result<()> {
    sqlx::query("UPDATE sessions SET remote_url = $1, materials = $2, preferred_days = $4 WHERE id = $3")
        .bind(remote_url)
        .bind(materials)
        .bind(session_id)
        .bind(preferred_days)
        .execute(&mut *conn)
        .await?;
    record::append(
        conn,
        "session.details-updated",
        "session",
        session_id,
        &serde_json::json!({ "remote_url": remote_url, "materials": materials, "preferred_days": preferred_days }),
    )
    .await?;
    Ok(())
}

/// The slots of a cycle a participant cannot attend.
pub async fn unavailable_slots(conn: &mut Conn, participant_id: i64, cycle_id: i64) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar(
        "SELECT u.slot_id FROM unavailability u JOIN slots s ON s.id = u.slot_id WHERE u.participant_id = $1 AND s.cycle_id = $2",
    )
    .bind(participant_id)
    .bind(cycle_id)
    .fetch_all(conn)
    .await?)
}

pub async fn set_unavailable(conn: &mut Conn, participant_id: i64, cycle_id: i64, slots: &[i64]) -> Result<()> {
    sqlx::query("DELETE FROM unavailability WHERE participant_id = $1 AND slot_id IN (SELECT id FROM slots WHERE cycle_id = $2)")
        .bind(participant_id)
        .bind(cycle_id)
        .execute(&mut *conn)
        .await?;
    for slot in slots {
        sqlx::query("INSERT INTO unavailability (participant_id, slot_id) SELECT $1, id FROM slots WHERE id = $2 AND cycle_id = $3")
            .bind(participant_id)
            .bind(slot)
            .bind(cycle_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Every (participant, slot) a cycle's people cannot attend, for the scheduler.
pub async fn unavailability_of_cycle(conn: &mut Conn, cycle_id: i64) -> Result<Vec<(i64, i64)>> {
    Ok(sqlx::query_as("SELECT u.participant_id, u.slot_id FROM unavailability u JOIN slots s ON s.id = u.slot_id WHERE s.cycle_id = $1")
        .bind(cycle_id)
        .fetch_all(conn)
        .await?)
}

/// A session of a published schedule running at an instant.
#[derive(Debug, Clone, sqlx::FromRow, Serialize)]
pub struct LiveSession {
    pub session_id: i64,
    pub title: String,
    pub room: String,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// The sessions of the cycle's published schedule that have begun and not ended at `now`.
pub async fn on_now(conn: &mut Conn, cycle_id: i64, now: i64) -> Result<Vec<LiveSession>> {
    Ok(sqlx::query_as(
        "SELECT p.session_id, s.title, r.name AS room, t.starts_at, t.starts_at + s.minutes * 60 AS ends_at FROM schedule_placements p
         JOIN slots t ON t.id = p.slot_id JOIN sessions s ON s.id = p.session_id JOIN rooms r ON r.id = p.room_id
         WHERE p.version_id = (SELECT id FROM schedule_versions WHERE cycle_id = $1 AND published_at IS NOT NULL
                               ORDER BY published_at DESC, id DESC LIMIT 1)
           AND t.starts_at <= $2 AND $2 < t.starts_at + s.minutes * 60
         ORDER BY t.starts_at, r.name",
    )
    .bind(cycle_id)
    .bind(now)
    .fetch_all(conn)
    .await?)
}

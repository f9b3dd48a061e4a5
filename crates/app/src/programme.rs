//! The programme: a cycle's rooms, slots, sessions and the people in them, loaded once, and the scheduler's run
//! over them stored as a new draft version; a participant's agenda and its private calendar address.

use agora_domain::programme::agenda::{clashes, held};
use agora_domain::programme::scheduler::{Weights, schedule};
use agora_domain::programme::{Instance, Room as DomainRoom, Session as DomainSession, Slot as DomainSlot};
use agora_store::cycles::{self, Cycle, Theme};
use agora_store::programme::{self as store, Room, Session, SessionLink, SessionPerson, Slot};
use agora_store::{Conn, StoreError, participants};
use std::collections::BTreeMap;

#[derive(Debug, thiserror::Error)]
pub enum ProgrammeError {
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Everything about a cycle's programme, loaded once.
pub struct Programme {
    pub cycle: Cycle,
    pub rooms: Vec<Room>,
    pub slots: Vec<Slot>,
    pub sessions: Vec<Session>,
    pub people: Vec<SessionPerson>,
    pub links: Vec<SessionLink>,
    pub themes: Vec<Theme>,
}

impl Programme {
    pub async fn load_from(conn: &mut Conn, cycle_id: i64) -> Result<Programme, StoreError> {
        Ok(Programme {
            cycle: cycles::get(&mut *conn, cycle_id).await?,
            rooms: store::rooms(&mut *conn, cycle_id).await?,
            slots: store::slots(&mut *conn, cycle_id).await?,
            sessions: store::sessions(&mut *conn, cycle_id).await?,
            people: store::people_of_cycle(&mut *conn, cycle_id).await?,
            links: store::links_of_cycle(&mut *conn, cycle_id).await?,
            themes: cycles::themes(&mut *conn, cycle_id).await?,
        })
    }

    pub fn theme_name(&self, theme: Option<i64>) -> String {
        self.themes.iter().find(|t| Some(t.id) == theme).map(|t| t.name.clone()).unwrap_or_default()
    }

    pub fn theme_of(&self, session: &Session) -> String {
        self.theme_name(session.theme_id)
    }

    /// The kind of the session's track (a session without one is in no special track).
    pub fn track_kind(&self, session: &Session) -> agora_domain::tracks::TrackKind {
        self.themes
            .iter()
            .find(|t| Some(t.id) == session.theme_id)
            .map_or(agora_domain::tracks::TrackKind::Theme, |t| agora_domain::tracks::TrackKind::of(&t.kind))
    }

    /// Whether the session is streamed and open to remote participation by rule (Day 0).
    pub fn streamed(&self, session: &Session) -> bool {
        agora_domain::tracks::streamed_and_remote(self.track_kind(session), &session.session_type)
    }

    pub fn people_count(&self, session: &Session) -> usize {
        self.people_of(session.id).len()
    }

    pub fn people_of(&self, session: i64) -> Vec<&SessionPerson> {
        self.people.iter().filter(|p| p.session_id == session).collect()
    }

    /// A session's links and attachments as an imported schedule listed them.
    pub fn links_of(&self, session: i64) -> Vec<&SessionLink> {
        self.links.iter().filter(|l| l.session_id == session).collect()
    }

    /// The scheduler's view of the programme, with the maps back to database ids.
    pub fn instance(&self, interests: &[(i64, i64)], unavailable: &[(i64, i64)]) -> Instance {
        let room_index: BTreeMap<i64, usize> = self.rooms.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        let slot_index: BTreeMap<i64, usize> = self.slots.iter().enumerate().map(|(i, s)| (s.id, i)).collect();
        let split = |s: &str| s.split(',').map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect::<Vec<_>>();
        Instance {
            slots: self
                .slots
                .iter()
                .enumerate()
                .map(|(id, s)| DomainSlot { id, day: s.day as u32, start_minute: 0, minutes: s.minutes as u32 })
                .collect(),
            rooms: self
                .rooms
                .iter()
                .enumerate()
                .map(|(id, r)| DomainRoom {
                    id,
                    capacity: r.capacity as u32,
                    hybrid: r.hybrid == 1,
                    interpretation: split(&r.interpretation),
                    session_types: split(&r.session_types),
                })
                .collect(),
            sessions: self
                .sessions
                .iter()
                .enumerate()
                .map(|(id, s)| DomainSession {
                    id,
                    session_type: s.session_type.clone(),
                    theme: s.theme_id.map(|t| t.to_string()).unwrap_or_default(),
                    minutes: s.minutes as u32,
                    expected_audience: s.expected_audience as u32,
                    needs_hybrid: s.needs_hybrid == 1,
                    needs_interpretation: split(&s.needs_interpretation),
                    // People without an account are told apart by name, so they cannot be double-booked either.
                    people: self
                        .people_of(s.id)
                        .iter()
                        .map(|p| p.participant_id.unwrap_or_else(|| -(name_key(&p.name) as i64).abs()))
                        .collect(),
                    fixed: s.fixed_room_id.zip(s.fixed_slot_id).and_then(|(r, t)| Some((*room_index.get(&r)?, *slot_index.get(&t)?))),
                    preferred_days: s.preferred_days.split(',').filter_map(|d| d.trim().parse().ok()).collect(),
                })
                .collect(),
            unavailable: unavailable.iter().filter_map(|(person, slot)| Some((*person, *slot_index.get(slot)?))).collect(),
            interested: self
                .sessions
                .iter()
                .map(|s| interests.iter().filter(|(session, _)| *session == s.id).map(|(_, p)| *p).collect())
                .collect(),
        }
    }
}

fn name_key(name: &str) -> u32 {
    name.to_lowercase().bytes().fold(2166136261u32, |h, b| (h ^ b as u32).wrapping_mul(16777619)) | 1
}

/// Runs the scheduler on a cycle's sessions, rooms and slots and stores the result as a new draft version.
pub async fn compute_version(conn: &mut Conn, cycle_id: i64, name: &str, seed: u64) -> Result<i64, ProgrammeError> {
    let programme = Programme::load_from(&mut *conn, cycle_id).await?;
    let interests = store::interests_of_cycle(&mut *conn, cycle_id).await?;
    let unavailable = store::unavailability_of_cycle(&mut *conn, cycle_id).await?;
    let instance = programme.instance(&interests, &unavailable);
    let result = tokio::task::block_in_place(|| schedule(&instance, Weights::default(), seed, 50_000));
    let placements: Vec<store::Placement> = result
        .placements
        .iter()
        .map(|pl| (programme.sessions[pl.session].id, programme.rooms[pl.room].id, programme.slots[pl.slot].id))
        .collect();
    let violations: Vec<serde_json::Value> = result
        .violations
        .iter()
        .map(|v| serde_json::json!({ "code": v.code, "hard": v.hard, "sessions": v.sessions.iter().map(|s| programme.sessions[*s].id).collect::<Vec<_>>() }))
        .collect();
    Ok(store::save_version(conn, cycle_id, name, &placements, result.hard_violations as i64, result.soft_cost, &violations.into()).await?)
}

/// The purpose of the token in a participant's private calendar address (kept, hashed, in `one_time_tokens`; it
/// is never redeemed, only looked up, and lives until it is replaced or the account is erased).
pub const CALENDAR_ADDRESS: &str = "agenda-calendar";
const CALENDAR_ADDRESS_LIFETIME_SECS: i64 = 100 * 365 * 86_400;

/// A session of an agenda, where and when the published programme holds it.
#[derive(Debug, Clone)]
pub struct AgendaEntry {
    pub session: Session,
    pub room: Room,
    pub slot: Slot,
    /// When it is held (its own length within its slot), Unix seconds.
    pub starts_at: i64,
    pub ends_at: i64,
    /// The other entries (indexes in `Agenda::entries`) it overlaps in time.
    pub clashes_with: Vec<usize>,
}

/// A participant's agenda: the sessions they added, those in a published programme in time order.
#[derive(Debug, Clone, Default)]
pub struct Agenda {
    pub entries: Vec<AgendaEntry>,
    /// Added sessions that no published programme places yet.
    pub unplaced: Vec<Session>,
    /// Whether the participant has a private calendar address (its token cannot be shown again).
    pub has_calendar_address: bool,
}

/// The agenda of a participant, across every cycle's published programme, with its clashes.
pub async fn agenda(conn: &mut Conn, participant_id: i64) -> Result<Agenda, ProgrammeError> {
    let mut sessions = Vec::new();
    for id in store::interests_of(&mut *conn, participant_id).await? {
        sessions.push(store::session(&mut *conn, id).await?);
    }
    let mut cycle_ids: Vec<i64> = sessions.iter().map(|s| s.cycle_id).collect();
    cycle_ids.sort_unstable();
    cycle_ids.dedup();
    let mut entries = Vec::new();
    let mut placed_ids = Vec::new();
    for cycle_id in cycle_ids {
        let Some(version) = store::published(&mut *conn, cycle_id).await? else { continue };
        let placements = store::placements(&mut *conn, version.id).await?;
        let rooms = store::rooms(&mut *conn, cycle_id).await?;
        let slots = store::slots(&mut *conn, cycle_id).await?;
        for session in sessions.iter().filter(|s| s.cycle_id == cycle_id) {
            let Some((_, room, slot)) = placements.iter().find(|(s, _, _)| *s == session.id) else { continue };
            let (Some(room), Some(slot)) = (rooms.iter().find(|r| r.id == *room), slots.iter().find(|t| t.id == *slot)) else { continue };
            let (starts_at, ends_at) = held(slot.starts_at, slot.minutes, session.minutes);
            placed_ids.push(session.id);
            entries.push(AgendaEntry {
                session: session.clone(),
                room: room.clone(),
                slot: slot.clone(),
                starts_at,
                ends_at,
                clashes_with: vec![],
            });
        }
    }
    entries.sort_by(|a, b| {
        (a.starts_at, a.ends_at, &a.session.title, a.session.id).cmp(&(b.starts_at, b.ends_at, &b.session.title, b.session.id))
    });
    let spans: Vec<(i64, i64)> = entries.iter().map(|e| (e.starts_at, e.ends_at)).collect();
    for (entry, clashes_with) in entries.iter_mut().zip(clashes(&spans)) {
        entry.clashes_with = clashes_with;
    }
    let mut unplaced: Vec<Session> = sessions.into_iter().filter(|s| !placed_ids.contains(&s.id)).collect();
    unplaced.sort_by(|a, b| (&a.title, a.id).cmp(&(&b.title, b.id)));
    let has_calendar_address = participants::has_token(&mut *conn, participant_id, CALENDAR_ADDRESS).await?;
    Ok(Agenda { entries, unplaced, has_calendar_address })
}

/// The agenda behind a private calendar address (the hash of its token), or None when no live address has it.
pub async fn agenda_at_calendar_address(conn: &mut Conn, token_hash: &str) -> Result<Option<Agenda>, ProgrammeError> {
    match participants::live_token(&mut *conn, token_hash).await? {
        Some((participant_id, purpose)) if purpose == CALENDAR_ADDRESS => Ok(Some(agenda(conn, participant_id).await?)),
        _ => Ok(None),
    }
}

/// Gives a participant a new private calendar address (the hash of its token); the old one stops working.
pub async fn new_calendar_address(conn: &mut Conn, participant_id: i64, token_hash: &str) -> Result<Agenda, ProgrammeError> {
    participants::issue_token(&mut *conn, participant_id, CALENDAR_ADDRESS, token_hash, CALENDAR_ADDRESS_LIFETIME_SECS).await?;
    agenda(conn, participant_id).await
}

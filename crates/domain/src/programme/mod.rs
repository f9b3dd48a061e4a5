//! The meeting programme: rooms, slots and sessions as the scheduler sees them, the scheduler itself, and a
//! participant's agenda (when a placed session is held, which sessions clash).

pub mod agenda;
pub mod frab;
pub mod instants;
pub mod scheduler;

use serde::Serialize;

/// A time slot of the meeting (sessions fill one slot each; longer sessions use longer slots).
#[derive(Debug, Clone, Serialize)]
pub struct Slot {
    pub id: usize,
    pub day: u32,
    pub start_minute: u32,
    pub minutes: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Room {
    pub id: usize,
    pub capacity: u32,
    pub hybrid: bool,
    /// Interpretation languages the room offers (UN language codes).
    pub interpretation: Vec<String>,
    /// Session types the room takes; empty means any.
    pub session_types: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Session {
    pub id: usize,
    pub session_type: String,
    pub theme: String,
    pub minutes: u32,
    pub expected_audience: u32,
    pub needs_hybrid: bool,
    pub needs_interpretation: Vec<String>,
    /// Everyone with a role in it: organizers, speakers, moderators, rapporteur.
    pub people: Vec<i64>,
    /// A session placed by the Secretariat (opening, closing, main sessions): kept where it is.
    pub fixed: Option<(usize, usize)>,
    /// Days the organizers prefer, if any.
    pub preferred_days: Vec<u32>,
}

/// The whole problem: rooms × slots, sessions, people's unavailability and participants' marked interests.
#[derive(Debug, Clone, Default)]
pub struct Instance {
    pub slots: Vec<Slot>,
    pub rooms: Vec<Room>,
    pub sessions: Vec<Session>,
    /// (person, slot) pairs the person cannot attend.
    pub unavailable: Vec<(i64, usize)>,
    /// For each session, the participants who marked interest in it (audience overlap is counted from these).
    pub interested: Vec<Vec<i64>>,
}

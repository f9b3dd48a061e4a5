//! Programme instances shaped like the IGF's, made by the deterministic generator: rooms of falling capacity (the
//! first two with interpretation, three in four hybrid), sessions with a theme, a length, an expected audience,
//! equipment needs, the people with a role in them and sometimes a preferred day, a few fixed sessions, people's
//! unavailability and participants' marked interests. Shared by the scheduler benchmarks and tests.

use super::random::Random;
use agora_domain::programme::{Instance, Room, Session, Slot};

/// What to generate: the IGF at scale is `Shape::igf(330, 12)`; small ones for exact solving shrink every part.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub sessions: usize,
    pub rooms: usize,
    pub days: u32,
    pub slots_per_day: u32,
    /// The pool the people with a role are drawn from, and how many a session has (`roles.0 + below(roles.1)`).
    pub people: i64,
    pub roles: (u64, u64),
    /// How many themes are drawn from (up to 8).
    pub themes: u64,
    /// The first `fixed` sessions are fixed in room 0, spread over the slots.
    pub fixed: usize,
    /// Each session's marked interests: how many, drawn from how many participants.
    pub interest: (usize, u64),
}

impl Shape {
    /// The IGF's shape: 5 days of 8 slots, 12–15 roles a session from about 4.5 people a session, 60 marked
    /// interests a session from 5,000 participants, 4 fixed sessions.
    pub fn igf(sessions: usize, rooms: usize) -> Shape {
        Shape {
            sessions,
            rooms,
            days: 5,
            slots_per_day: 8,
            people: 1500 * sessions as i64 / 330,
            roles: (12, 4),
            themes: 8,
            fixed: 4,
            interest: (60, 5000),
        }
    }

    /// A small instance for the exact solver: 2–3 roles a session from about 2 people a session, 4 themes, dense
    /// marked interests (about one participant in common per pair of sessions), no fixed session.
    pub fn small(sessions: usize, rooms: usize, days: u32, slots_per_day: u32) -> Shape {
        Shape { sessions, rooms, days, slots_per_day, people: 2 * sessions as i64, roles: (2, 2), themes: 4, fixed: 0, interest: (20, 400) }
    }
}

pub fn generate(shape: Shape, seed: u64) -> Instance {
    let mut random = Random(seed);
    let slots: Vec<Slot> = (0..shape.days)
        .flat_map(|day| (0..shape.slots_per_day).map(move |i| (day, i)))
        .enumerate()
        .map(|(id, (day, i))| Slot { id, day, start_minute: 540 + i * 75, minutes: 90 })
        .collect();
    let rooms: Vec<Room> = (0..shape.rooms)
        .map(|id| Room {
            id,
            capacity: [600, 300, 200, 150, 100, 80][id % 6],
            hybrid: id % 4 != 3,
            interpretation: if id < 2 { ["ar", "zh", "en", "fr", "ru", "es"].map(String::from).to_vec() } else { vec![] },
            session_types: vec![],
        })
        .collect();
    let themes = ["ai", "fragmentation", "cybersecurity", "data", "inclusion", "cooperation", "rights", "sustainability"];
    let sessions: Vec<Session> = (0..shape.sessions)
        .map(|id| {
            let size = (shape.roles.0 + random.below(shape.roles.1)) as usize;
            Session {
                id,
                session_type: "workshop".into(),
                theme: themes[random.below(shape.themes) as usize].into(),
                minutes: [60, 90][random.below(2) as usize],
                expected_audience: [40, 60, 80, 120, 250][random.below(5) as usize],
                needs_hybrid: random.below(10) < 7,
                needs_interpretation: if random.below(30) == 0 { vec!["fr".into()] } else { vec![] },
                people: (0..size).map(|_| random.below(shape.people as u64) as i64).collect(),
                fixed: if id < shape.fixed { Some((0, id * slots.len() / shape.fixed)) } else { None },
                preferred_days: if random.below(5) == 0 { vec![random.below(u64::from(shape.days)) as u32] } else { vec![] },
            }
        })
        .collect();
    let (interest, participants) = shape.interest;
    let interested = (0..sessions.len()).map(|_| (0..interest).map(|_| 10_000 + random.below(participants) as i64).collect()).collect();
    let unavailable = (0..shape.people / 10).map(|p| (p, random.below(slots.len() as u64) as usize)).collect();
    Instance { slots, rooms, sessions, unavailable, interested }
}

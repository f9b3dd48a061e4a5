//! The scheduler at IGF scale: 330 sessions, 12 rooms, 5 days, 1,500 people with about 3 roles each and
//! 5,000 participants marking interests; and 1,000 sessions for scale. Prints the time to a schedule, its hard
//! violations (target 0) and soft cost.
//!
//! Run: cargo bench -p agora-domain --bench schedule

use agora_domain::programme::scheduler::{Weights, schedule};
use agora_domain::programme::{Instance, Room, Session, Slot};
use std::time::Instant;

#[path = "support/random.rs"]
mod random;
use random::Random;

fn instance(sessions: usize, rooms: usize, people: i64, seed: u64) -> Instance {
    let mut random = Random(seed);
    let slots: Vec<Slot> = (0..5u32)
        .flat_map(|day| (0..8u32).map(move |i| (day, i)))
        .enumerate()
        .map(|(id, (day, i))| Slot { id, day, start_minute: 540 + i * 75, minutes: 90 })
        .collect();
    let rooms: Vec<Room> = (0..rooms)
        .map(|id| Room {
            id,
            capacity: [600, 300, 200, 150, 100, 80][id % 6],
            hybrid: id % 4 != 3,
            interpretation: if id < 2 { ["ar", "zh", "en", "fr", "ru", "es"].map(String::from).to_vec() } else { vec![] },
            session_types: vec![],
        })
        .collect();
    let themes = ["ai", "fragmentation", "cybersecurity", "data", "inclusion", "cooperation", "rights", "sustainability"];
    let sessions: Vec<Session> = (0..sessions)
        .map(|id| {
            let size = 12 + random.below(4) as usize;
            Session {
                id,
                session_type: "workshop".into(),
                theme: themes[random.below(8) as usize].into(),
                minutes: [60, 90][random.below(2) as usize],
                expected_audience: [40, 60, 80, 120, 250][random.below(5) as usize],
                needs_hybrid: random.below(10) < 7,
                needs_interpretation: if random.below(30) == 0 { vec!["fr".into()] } else { vec![] },
                people: (0..size).map(|_| random.below(people as u64) as i64).collect(),
                fixed: if id < 4 { Some((0, id * 10)) } else { None },
                preferred_days: if random.below(5) == 0 { vec![random.below(5) as u32] } else { vec![] },
            }
        })
        .collect();
    let interested = (0..sessions.len()).map(|_| (0..60).map(|_| 10_000 + random.below(5000) as i64).collect()).collect();
    let unavailable = (0..people / 10).map(|p| (p, random.below(40) as usize)).collect();
    Instance { slots, rooms, sessions, unavailable, interested }
}

fn main() {
    for (sessions, rooms, iterations) in [(330, 12, 200_000), (1000, 30, 400_000)] {
        let instance = instance(sessions, rooms, 1500 * sessions as i64 / 330, 2026);
        let start = Instant::now();
        let greedy = schedule(&instance, Weights::default(), 7, 0);
        let greedy_time = start.elapsed();
        let start = Instant::now();
        let searched = schedule(&instance, Weights::default(), 7, iterations);
        let time = start.elapsed();
        println!(
            "{sessions} sessions × {rooms} rooms × 40 slots: greedy {:.3} s ({} hard, soft {}); with {iterations} search steps {:.3} s ({} hard, soft {}, {} placed)",
            greedy_time.as_secs_f64(),
            greedy.hard_violations,
            greedy.soft_cost,
            time.as_secs_f64(),
            searched.hard_violations,
            searched.soft_cost,
            searched.placements.len(),
        );
    }
}

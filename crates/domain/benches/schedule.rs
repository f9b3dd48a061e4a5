//! The scheduler at IGF scale: 330 sessions, 12 rooms, 5 days, 1,500 people with about 3 roles each and
//! 5,000 participants marking interests; and 1,000 sessions for scale. Prints the time to a schedule, its hard
//! violations (target 0) and soft cost.
//!
//! Run: cargo bench -p agora-domain --bench schedule

use agora_domain::programme::scheduler::{Weights, schedule};
use std::time::Instant;

#[allow(dead_code)] // shared with the optimum benchmark and tests
#[path = "support/programme.rs"]
mod programme;
#[path = "support/random.rs"]
mod random;
use programme::{Shape, generate};

fn main() {
    for (sessions, rooms, iterations) in [(330, 12, 200_000), (1000, 30, 400_000)] {
        let instance = generate(Shape::igf(sessions, rooms), 2026);
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

//! The scheduler against the exact optimum: for small generated instances of several sizes and for parts of the
//! real PyCon UK 2016 programme (tests/data/pyconuk-2016, MIT), the proven optimum of the MILP (good_lp's
//! pure-Rust microlp backend, benches/support/exact.rs), the scheduler's cost with seed 7, the gap and the time of
//! each; then the scheduler on the whole PyCon UK 2016 programme, the real-world figure.
//!
//! Run: cargo bench -p agora-domain --bench optimum

use agora_domain::programme::Instance;
use agora_domain::programme::scheduler::{Weights, cost_of, schedule};
use std::time::{Duration, Instant};

#[path = "support/exact.rs"]
mod exact;
#[allow(dead_code)] // shared with the scheduler benchmark and tests
#[path = "support/programme.rs"]
mod programme;
#[path = "support/pyconuk.rs"]
mod pyconuk;
#[path = "support/random.rs"]
mod random;
use exact::Exact;
use programme::{Shape, generate};

const SEED: u64 = 7;
const ITERATIONS: usize = 50_000;
const LIMIT: Duration = Duration::from_secs(120);

struct Row {
    optimum: Option<i64>,
    heuristic: i64,
    exact_time: Duration,
    heuristic_time: Duration,
}

fn row(name: &str, instance: &Instance, iterations: usize) -> Row {
    let weights = Weights::default();
    let start = Instant::now();
    let result = schedule(instance, weights, SEED, iterations);
    let heuristic_time = start.elapsed();
    let exact = exact::solve(instance, weights, Some(LIMIT));
    let stats = exact.stats();
    let (optimum, shown) = match &exact {
        Exact::Optimal { cost, cells, .. } => {
            assert_eq!(cost_of(instance, weights, cells), *cost, "{name}: the programme's objective is the scheduler's cost");
            assert!(result.hard_violations > 0 || result.soft_cost >= *cost, "{name}: below the optimum");
            (Some(*cost), cost.to_string())
        }
        Exact::Limited { cost, bound, cells, .. } => {
            assert_eq!(cost_of(instance, weights, cells), *cost, "{name}: the programme's objective is the scheduler's cost");
            (None, format!("≤ {cost}, ≥ {bound:.0} (time limit)"))
        }
        Exact::Infeasible { .. } => (None, "infeasible".into()),
        Exact::Unknown { .. } => (None, "unknown (time limit)".into()),
    };
    let gap = match optimum {
        Some(_) if result.hard_violations > 0 => "hard violated".into(),
        Some(o) if o == result.soft_cost => "0".into(),
        Some(0) => format!("+{}", result.soft_cost),
        Some(o) => format!("{:.1}%", 100.0 * (result.soft_cost - o) as f64 / o as f64),
        None => "-".into(),
    };
    println!(
        "| {name} | {} | {}×{} | {shown} | {} | {} | {gap} | {:.3} s | {:.3} s | {}/{} var, {} con, {} nodes |",
        instance.sessions.len(),
        instance.rooms.len(),
        instance.slots.len(),
        result.soft_cost,
        result.hard_violations,
        stats.time.as_secs_f64(),
        heuristic_time.as_secs_f64(),
        stats.binaries,
        stats.variables,
        stats.constraints,
        stats.nodes,
    );
    Row { optimum, heuristic: result.soft_cost, exact_time: stats.time, heuristic_time }
}

fn main() {
    println!("Scheduler with seed {SEED} and {ITERATIONS} search steps against the MILP optimum (microlp, limit {LIMIT:?}).\n");
    println!("| instance | sessions | rooms×slots | exact optimum | heuristic | hard | gap | exact time | heuristic time | MILP |");
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let small = |sessions, rooms, days, per_day| Shape::small(sessions, rooms, days, per_day);
    let shapes: [(&str, Shape); 9] = [
        ("8 in 3×2×3", small(8, 3, 2, 3)),
        ("10 in 3×2×3", small(10, 3, 2, 3)),
        ("12 in 3×2×3", small(12, 3, 2, 3)),
        ("14 in 3×2×3", small(14, 3, 2, 3)),
        ("16 in 3×2×3", small(16, 3, 2, 3)),
        ("12 in 3×1×5", small(12, 3, 1, 5)),
        ("15 in 4×1×4", small(15, 4, 1, 4)),
        ("12 in 3×2×3, 12 people", Shape { people: 12, ..small(12, 3, 2, 3) }),
        ("14 in 3×2×3, 16 people", Shape { people: 16, ..small(14, 3, 2, 3) }),
    ];
    let mut summaries = Vec::new();
    for (name, shape) in shapes {
        let rows: Vec<Row> = (1..=5).map(|seed| row(&format!("{name} #{seed}"), &generate(shape, seed), ITERATIONS)).collect();
        let gaps: Vec<f64> = rows.iter().filter_map(|r| r.optimum.map(|o| 100.0 * (r.heuristic - o) as f64 / o.max(1) as f64)).collect();
        let optimal = rows.iter().filter(|r| r.optimum == Some(r.heuristic)).count();
        let mean = |f: &dyn Fn(&Row) -> Duration| rows.iter().map(|r| f(r).as_secs_f64()).sum::<f64>() / rows.len() as f64;
        summaries.push(format!(
            "| {name} | {optimal}/{} | {:.1}% | {:.1}% | {:.3} s | {:.3} s | {:.3} s |",
            rows.len(),
            gaps.iter().sum::<f64>() / gaps.len().max(1) as f64,
            gaps.iter().copied().fold(0.0, f64::max),
            mean(&|r| r.exact_time),
            rows.iter().map(|r| r.exact_time.as_secs_f64()).fold(0.0, f64::max),
            mean(&|r| r.heuristic_time),
        ));
    }
    for (name, days, positions, count) in [
        ("PyCon UK 2016: Sunday 10:15–14:30, 16 talks", &[2u32][..], &[0usize, 1, 2, 3, 4][..], 16),
        ("PyCon UK 2016: Sunday, 30 talks", &[2], &[0, 1, 2, 3, 4, 5, 6, 7, 8], 30),
        ("PyCon UK 2016: Sunday, 36 talks (every talk room-slot)", &[2], &[0, 1, 2, 3, 4, 5, 6, 7, 8], 36),
        ("PyCon UK 2016: Saturday and Sunday mornings, 20 talks", &[1, 2], &[0, 1, 2], 20),
        ("PyCon UK 2016: three mornings, 24 talks", &[0, 1, 2], &[0, 1, 2], 24),
        ("PyCon UK 2016: Friday, 12 talks with Alex Chan's", &[0], &[0, 1, 2, 3, 4, 5, 6, 7, 8], 12),
    ] {
        row(name, &pyconuk::part(days, positions, count), ITERATIONS);
    }
    let full = pyconuk::instance();
    row("PyCon UK 2016: whole programme", &full, ITERATIONS);

    println!("\nBy size, 5 seeds each:\n");
    println!("| instances | heuristic at optimum | mean gap | max gap | mean exact time | max exact time | mean heuristic time |");
    println!("|---|---|---|---|---|---|---|");
    for s in summaries {
        println!("{s}");
    }

    println!(
        "\nThe whole PyCon UK 2016 programme ({} talks, {} rooms × {} slots):\n",
        full.sessions.len(),
        full.rooms.len(),
        full.slots.len()
    );
    for iterations in [0, 50_000, 200_000] {
        let start = Instant::now();
        let result = schedule(&full, Weights::default(), SEED, iterations);
        println!(
            "- {iterations} search steps: {:.3} s, {} hard violations, soft cost {}, {} placed",
            start.elapsed().as_secs_f64(),
            result.hard_violations,
            result.soft_cost,
            result.placements.len()
        );
    }
}

//! The scheduling problem as a mixed-integer linear programme, solved exactly by good_lp's pure-Rust microlp
//! backend, to check the scheduler's local search against a proven optimum on small instances.
//!
//! Variables: z[s,t] = 1 when session s is in slot t (binary), x[s,r,t] its room (continuous in [0, 1]). Room
//! symmetry makes branching on x[s,r,t] slow, and the soft costs depend on the slot only, so only z branches: for
//! integral z, each slot's constraints on x (every session in the slot gets one fitting room, every room takes at
//! most one session) describe a bipartite matching polytope, whose vertices are integral, so a feasible x means a
//! feasible assignment of rooms, which `rooms_of` recovers by augmenting paths.
//!
//! Hard constraints: x exists only where the room and slot suit the session (capacity, hybrid, interpretation,
//! session type, length, fixed place) and none of its people is away; each session in exactly one slot; each
//! room-slot holds at most one session; each person in at most one session per slot.
//!
//! Soft costs, in the scheduler's weights, linearised exactly:
//! - same theme in parallel: for a theme with m sessions in slot t the cost is m(m−1)/2 pairs, convex in m, so
//!   c[θ,t] ≥ k·m − k(k+1)/2 for k = 1…, c ≥ 0 (the chords of n(n−1)/2 between integers, exact at integer m);
//! - themes bunched on a day: the same with n sessions of the theme on the day;
//! - audience overlap: y[a,b] ≥ z[a,t] + z[b,t] − 1 for every slot t, for each pair with participants in common;
//! - preferred days: z[s,t] on days the session does not prefer, directly.
//!
//! The objective is the scheduler's soft cost; callers check it against `cost_of` of the recovered placement.

use agora_domain::programme::scheduler::Weights;
use agora_domain::programme::{Instance, Session};
use good_lp::{Expression, ProblemVariables, ResolutionError, Solution, SolutionStatus, SolverModel, Variable, WithTimeLimit};
use good_lp::{microlp, variable};
use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

/// What the exact solver found.
#[derive(Debug, Clone)]
pub enum Exact {
    /// Proven optimal: the soft cost and a placement (session i at cells[i] = (room, slot)) that reaches it.
    Optimal { cost: i64, cells: Vec<(usize, usize)>, stats: Stats },
    /// The time limit came first: the best placement found and the best proven lower bound.
    Limited { cost: i64, bound: f64, cells: Vec<(usize, usize)>, stats: Stats },
    /// Proven: no placement satisfies every hard constraint.
    Infeasible { stats: Stats },
    /// The time limit came before any placement was found.
    Unknown { stats: Stats },
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Stats {
    pub binaries: usize,
    pub variables: usize,
    pub constraints: usize,
    pub nodes: u64,
    pub time: Duration,
}

impl Exact {
    pub fn stats(&self) -> Stats {
        match self {
            Exact::Optimal { stats, .. } | Exact::Limited { stats, .. } | Exact::Infeasible { stats } | Exact::Unknown { stats } => *stats,
        }
    }
}

/// Whether the room and slot suit the session on their own, and nobody in it is away then.
fn allowed(instance: &Instance, away: &BTreeSet<(i64, usize)>, s: &Session, room: usize, slot: usize) -> bool {
    let r = &instance.rooms[room];
    let t = &instance.slots[slot];
    s.fixed.is_none_or(|f| f == (room, slot))
        && r.capacity >= s.expected_audience
        && (!s.needs_hybrid || r.hybrid)
        && s.needs_interpretation.iter().all(|l| r.interpretation.contains(l))
        && (r.session_types.is_empty() || r.session_types.contains(&s.session_type))
        && t.minutes >= s.minutes
        && !s.people.iter().any(|p| away.contains(&(*p, slot)))
}

/// Participants interested in both sessions, counted as the scheduler counts them: a participant listed i times
/// for one session and j times for the other counts i·j times.
pub fn audience_overlap(instance: &Instance) -> BTreeMap<(usize, usize), i64> {
    let counts: Vec<BTreeMap<i64, i64>> = instance
        .interested
        .iter()
        .map(|people| {
            let mut c = BTreeMap::new();
            for p in people {
                *c.entry(*p).or_insert(0) += 1;
            }
            c
        })
        .collect();
    let mut overlap = BTreeMap::new();
    for a in 0..counts.len() {
        for b in a + 1..counts.len() {
            let common: i64 = counts[a].iter().filter_map(|(p, i)| counts[b].get(p).map(|j| i * j)).sum();
            if common > 0 {
                overlap.insert((a, b), common);
            }
        }
    }
    overlap
}

/// c ≥ k·m − k(k+1)/2 for k = 1…most−1, with c ≥ 0 from its bounds: c ≥ m(m−1)/2 at every integer m ≤ most.
fn pairs_at_least(c: Variable, m: &Expression, most: usize) -> Vec<good_lp::Constraint> {
    (1..most)
        .map(|k| {
            let k = k as f64;
            (k * m.clone() - k * (k + 1.0) / 2.0).leq(c)
        })
        .collect()
}

/// Solves the instance exactly (within `limit`, if given).
pub fn solve(instance: &Instance, weights: Weights, limit: Option<Duration>) -> Exact {
    let started = Instant::now();
    let (n, rooms, slots) = (instance.sessions.len(), instance.rooms.len(), instance.slots.len());
    let away: BTreeSet<(i64, usize)> = instance.unavailable.iter().copied().collect();
    let mut vars = ProblemVariables::new();
    let mut constraints = Vec::new();
    let mut objective = Expression::from(0.0);

    // z[s][t] and x[s][t] = [(room, variable)].
    let mut z: Vec<Vec<Option<Variable>>> = vec![vec![None; slots]; n];
    let mut x: Vec<Vec<Vec<(usize, Variable)>>> = vec![vec![Vec::new(); slots]; n];
    for (s, session) in instance.sessions.iter().enumerate() {
        for t in 0..slots {
            let fitting: Vec<usize> = (0..rooms).filter(|r| allowed(instance, &away, session, *r, t)).collect();
            if fitting.is_empty() {
                continue;
            }
            let zst = vars.add(variable().binary());
            z[s][t] = Some(zst);
            let mut sum = Expression::from(0.0);
            for r in fitting {
                let v = vars.add(variable().clamp(0, 1));
                x[s][t].push((r, v));
                sum += v;
            }
            constraints.push(sum.eq(zst));
        }
    }
    let binaries = vars.len() - x.iter().flatten().map(Vec::len).sum::<usize>();
    let in_slot = |s: usize, t: usize| -> Expression { z[s][t].map_or(Expression::from(0.0), Expression::from) };
    let sum_of = |sessions: &[usize], ts: &[usize]| -> Expression {
        let mut e = Expression::from(0.0);
        for s in sessions {
            for t in ts {
                e += in_slot(*s, *t);
            }
        }
        e
    };

    // Each session in exactly one slot (a session with no allowed cell makes this 0 = 1: infeasible).
    for s in 0..n {
        constraints.push(sum_of(&[s], &(0..slots).collect::<Vec<_>>()).eq(1.0));
    }
    // Each room-slot holds at most one session.
    for t in 0..slots {
        for r in 0..rooms {
            let mut e = Expression::from(0.0);
            let mut any = 0;
            for cells in x.iter().map(|per_slot| &per_slot[t]) {
                for (room, v) in cells {
                    if *room == r {
                        e += *v;
                        any += 1;
                    }
                }
            }
            if any > 1 {
                constraints.push(e.leq(1.0));
            }
        }
    }
    // Each person in at most one session per slot.
    let mut by_person: BTreeMap<i64, BTreeSet<usize>> = BTreeMap::new();
    for (s, session) in instance.sessions.iter().enumerate() {
        for p in &session.people {
            by_person.entry(*p).or_default().insert(s);
        }
    }
    for sessions in by_person.values().filter(|s| s.len() > 1) {
        let sessions: Vec<usize> = sessions.iter().copied().collect();
        for t in 0..slots {
            constraints.push(sum_of(&sessions, &[t]).leq(1.0));
        }
    }

    // Themes: in parallel (per slot) and bunched (per day).
    let mut by_theme: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (s, session) in instance.sessions.iter().enumerate() {
        if !session.theme.is_empty() {
            by_theme.entry(session.theme.as_str()).or_default().push(s);
        }
    }
    let mut days: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (t, slot) in instance.slots.iter().enumerate() {
        days.entry(slot.day).or_default().push(t);
    }
    for sessions in by_theme.values().filter(|s| s.len() > 1) {
        if weights.same_theme_parallel > 0 {
            for t in 0..slots {
                let c = vars.add(variable().min(0));
                objective += weights.same_theme_parallel as f64 * c;
                constraints.extend(pairs_at_least(c, &sum_of(sessions, &[t]), sessions.len().min(rooms)));
            }
        }
        if weights.theme_day_spread > 0 {
            for ts in days.values() {
                let c = vars.add(variable().min(0));
                objective += weights.theme_day_spread as f64 * c;
                constraints.extend(pairs_at_least(c, &sum_of(sessions, ts), sessions.len().min(rooms * ts.len())));
            }
        }
    }
    // Audience overlap of sessions in parallel.
    if weights.audience_overlap > 0 {
        for ((a, b), common) in audience_overlap(instance) {
            let both: Vec<usize> = (0..slots).filter(|t| z[a][*t].is_some() && z[b][*t].is_some()).collect();
            if both.is_empty() {
                continue;
            }
            let y = vars.add(variable().min(0));
            objective += (weights.audience_overlap * common) as f64 * y;
            for t in both {
                constraints.push((in_slot(a, t) + in_slot(b, t) - 1.0).leq(y));
            }
        }
    }
    // Preferred days.
    for (s, session) in instance.sessions.iter().enumerate() {
        if session.preferred_days.is_empty() {
            continue;
        }
        for (t, slot) in instance.slots.iter().enumerate() {
            if !session.preferred_days.contains(&slot.day) {
                objective += weights.preferred_day as f64 * in_slot(s, t);
            }
        }
    }

    let variables = vars.len();
    let constraint_count = constraints.len();
    let mut model = vars.minimise(objective).using(microlp);
    if let Some(limit) = limit {
        model = model.with_time_limit(limit.as_secs_f64());
    }
    for c in constraints {
        model.add_constraint(c);
    }
    let mut stats = Stats { binaries, variables, constraints: constraint_count, nodes: 0, time: Duration::ZERO };
    match model.solve() {
        Ok(solution) => {
            let status = solution.status();
            let chosen: Vec<usize> = (0..n)
                .map(|s| (0..slots).find(|t| z[s][*t].is_some_and(|v| solution.value(v) > 0.5)).expect("each session has a slot"))
                .collect();
            let inner = solution.into_inner();
            stats.nodes = inner.stats().nodes_solved;
            stats.time = started.elapsed();
            let cost = inner.objective().round() as i64;
            let cells = rooms_of(instance, &away, &chosen);
            match status {
                SolutionStatus::Optimal => Exact::Optimal { cost, cells, stats },
                _ => Exact::Limited { cost, bound: inner.stats().best_bound.unwrap_or(f64::NEG_INFINITY), cells, stats },
            }
        }
        Err(ResolutionError::Infeasible) => {
            stats.time = started.elapsed();
            Exact::Infeasible { stats }
        }
        Err(ResolutionError::Other(_)) if limit.is_some() => {
            stats.time = started.elapsed();
            Exact::Unknown { stats }
        }
        Err(e) => panic!("the exact solver failed: {e}"),
    }
}

/// Rooms for sessions already given their slots: a maximum bipartite matching of each slot's sessions to the rooms
/// that suit them (augmenting paths); it is perfect whenever the programme's x was feasible.
fn rooms_of(instance: &Instance, away: &BTreeSet<(i64, usize)>, slot_of: &[usize]) -> Vec<(usize, usize)> {
    let rooms = instance.rooms.len();
    let mut cells = vec![(usize::MAX, 0); slot_of.len()];
    for t in 0..instance.slots.len() {
        let here: Vec<usize> = (0..slot_of.len()).filter(|s| slot_of[*s] == t).collect();
        let suits: Vec<Vec<usize>> =
            here.iter().map(|s| (0..rooms).filter(|r| allowed(instance, away, &instance.sessions[*s], *r, t)).collect()).collect();
        let mut holder: Vec<Option<usize>> = vec![None; rooms];
        fn augment(i: usize, suits: &[Vec<usize>], holder: &mut [Option<usize>], seen: &mut [bool]) -> bool {
            for r in &suits[i] {
                if !seen[*r] {
                    seen[*r] = true;
                    if holder[*r].is_none_or(|j| augment(j, suits, holder, seen)) {
                        holder[*r] = Some(i);
                        return true;
                    }
                }
            }
            false
        }
        for i in 0..here.len() {
            let matched = augment(i, &suits, &mut holder, &mut vec![false; rooms]);
            assert!(matched, "slot {t}: the programme's rooms admit no matching");
        }
        for (r, i) in holder.iter().enumerate() {
            if let Some(i) = i {
                cells[here[*i]] = (r, t);
            }
        }
    }
    cells
}

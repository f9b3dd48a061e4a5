//! The scheduler: places every session in a room and a slot. Hard constraints — nobody in two places at once,
//! room capacity, hybrid and interpretation equipment, session type and duration fitting the room and slot,
//! fixed sessions kept, people's unavailability — must hold; soft ones are minimised: sessions of the same theme
//! in parallel, audience overlap between parallel sessions (from participants' marked interests), themes
//! bunched on one day, and organizers' preferred days. A greedy start, then local search (moves and swaps with
//! a deterministic random walk for a given seed); every remaining violation is returned in words a person can
//! read (codes with the sessions, people and slots concerned).

use super::{Instance, Session};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// How much each soft constraint weighs; a hard violation outweighs any sum of soft ones.
#[derive(Debug, Clone, Copy)]
pub struct Weights {
    pub hard: i64,
    pub same_theme_parallel: i64,
    pub audience_overlap: i64,
    pub theme_day_spread: i64,
    pub preferred_day: i64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights { hard: 1_000_000, same_theme_parallel: 50, audience_overlap: 1, theme_day_spread: 5, preferred_day: 20 }
    }
}

/// A placement: session → (room, slot).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Placement {
    pub session: usize,
    pub room: usize,
    pub slot: usize,
}

/// A constraint the schedule still breaks, with what a person needs to understand and fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub code: &'static str,
    pub hard: bool,
    pub sessions: Vec<usize>,
    pub people: Vec<i64>,
    pub slot: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Schedule {
    pub placements: Vec<Placement>,
    pub unplaced: Vec<usize>,
    pub hard_violations: usize,
    pub soft_cost: i64,
    pub violations: Vec<Violation>,
}

/// The state the search works on: where each session is, and who is busy in each slot.
struct State<'a> {
    instance: &'a Instance,
    weights: Weights,
    at: Vec<Option<(usize, usize)>>,
    cell: BTreeMap<(usize, usize), usize>,
    in_slot: Vec<Vec<usize>>,
    theme_days: BTreeMap<(&'a str, u32), i64>,
    unavailable: BTreeSet<(i64, usize)>,
    overlap: Vec<BTreeMap<usize, i64>>,
    /// Each session's people, sorted and without repeats, so a shared person counts once from either side.
    people: Vec<Vec<i64>>,
}

/// Participants interested in both sessions, for every pair that shares any.
fn overlaps(instance: &Instance) -> Vec<BTreeMap<usize, i64>> {
    let mut by_person: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    for (session, people) in instance.interested.iter().enumerate() {
        for p in people {
            by_person.entry(*p).or_default().push(session);
        }
    }
    let mut overlap = vec![BTreeMap::new(); instance.sessions.len()];
    for sessions in by_person.values() {
        for (i, a) in sessions.iter().enumerate() {
            for b in &sessions[i + 1..] {
                *overlap[*a].entry(*b).or_insert(0) += 1;
                *overlap[*b].entry(*a).or_insert(0) += 1;
            }
        }
    }
    overlap
}

impl<'a> State<'a> {
    fn new(instance: &'a Instance, weights: Weights) -> State<'a> {
        State {
            instance,
            weights,
            at: vec![None; instance.sessions.len()],
            cell: BTreeMap::new(),
            in_slot: vec![Vec::new(); instance.slots.len()],
            theme_days: BTreeMap::new(),
            unavailable: instance.unavailable.iter().copied().collect(),
            overlap: overlaps(instance),
            people: instance
                .sessions
                .iter()
                .map(|s| {
                    let mut p = s.people.clone();
                    p.sort_unstable();
                    p.dedup();
                    p
                })
                .collect(),
        }
    }

    /// Whether the room and slot suit the session on their own (equipment, size, type, length, fixed place).
    fn shared(&self, a: usize, b: usize) -> Vec<i64> {
        self.people[a].iter().filter(|p| self.people[b].binary_search(p).is_ok()).copied().collect()
    }

    fn away(&self, session: usize, slot: usize) -> Vec<i64> {
        self.people[session].iter().filter(|p| self.unavailable.contains(&(**p, slot))).copied().collect()
    }

    fn fits(&self, s: &Session, room: usize, slot: usize) -> bool {
        let r = &self.instance.rooms[room];
        let t = &self.instance.slots[slot];
        s.fixed.is_none_or(|f| f == (room, slot))
            && r.capacity >= s.expected_audience
            && (!s.needs_hybrid || r.hybrid)
            && s.needs_interpretation.iter().all(|l| r.interpretation.contains(l))
            && (r.session_types.is_empty() || r.session_types.contains(&s.session_type))
            && t.minutes >= s.minutes
    }

    /// What placing `session` at (room, slot) adds to the cost, against the sessions already placed.
    fn cost_at(&self, session: usize, room: usize, slot: usize) -> i64 {
        let s = &self.instance.sessions[session];
        let w = self.weights;
        let mut cost = 0;
        if !self.fits(s, room, slot) {
            cost += w.hard;
        }
        if self.cell.get(&(room, slot)).is_some_and(|o| *o != session) {
            cost += w.hard;
        }
        cost += w.hard * self.away(session, slot).len() as i64;
        for other in self.in_slot[slot].iter().filter(|o| **o != session) {
            let o = &self.instance.sessions[*other];
            cost += w.hard * self.shared(session, *other).len() as i64;
            if !s.theme.is_empty() && s.theme == o.theme {
                cost += w.same_theme_parallel;
            }
            cost += w.audience_overlap * self.overlap[session].get(other).copied().unwrap_or(0);
        }
        let day = self.instance.slots[slot].day;
        if !s.theme.is_empty() {
            // Convex in the number of same-theme sessions on a day (the others), so themes spread over the days.
            let here = self.at[session].is_some_and(|(_, t)| self.instance.slots[t].day == day);
            let same_day = self.theme_days.get(&(s.theme.as_str(), day)).copied().unwrap_or(0) - i64::from(here);
            cost += w.theme_day_spread * same_day;
        }
        if !s.preferred_days.is_empty() && !s.preferred_days.contains(&day) {
            cost += w.preferred_day;
        }
        cost
    }

    fn place(&mut self, session: usize, room: usize, slot: usize) {
        self.at[session] = Some((room, slot));
        self.cell.insert((room, slot), session);
        self.in_slot[slot].push(session);
        let theme = self.instance.sessions[session].theme.as_str();
        if !theme.is_empty() {
            *self.theme_days.entry((theme, self.instance.slots[slot].day)).or_insert(0) += 1;
        }
    }

    fn remove(&mut self, session: usize) {
        let Some((room, slot)) = self.at[session].take() else { return };
        self.cell.remove(&(room, slot));
        self.in_slot[slot].retain(|s| *s != session);
        let theme = self.instance.sessions[session].theme.as_str();
        if !theme.is_empty() {
            if let Some(n) = self.theme_days.get_mut(&(theme, self.instance.slots[slot].day)) {
                *n -= 1;
            }
        }
    }

    /// The cheapest free cell for a session, if any.
    fn best_cell(&self, session: usize) -> Option<(i64, usize, usize)> {
        let mut best: Option<(i64, usize, usize)> = None;
        for slot in 0..self.instance.slots.len() {
            for room in 0..self.instance.rooms.len() {
                if self.cell.contains_key(&(room, slot)) {
                    continue;
                }
                let cost = self.cost_at(session, room, slot);
                if best.is_none_or(|(c, _, _)| cost < c) {
                    best = Some((cost, room, slot));
                }
            }
        }
        best
    }

    /// The total cost: each session's cost counted once against the others (pairs are counted from both sides,
    /// so pair terms are halved; theme-day terms are recomputed exactly).
    fn total(&self) -> i64 {
        let w = self.weights;
        let mut cost = 0;
        for (session, at) in self.at.iter().enumerate() {
            let Some((room, slot)) = at else { continue };
            let s = &self.instance.sessions[session];
            if !self.fits(s, *room, *slot) {
                cost += w.hard;
            }
            cost += w.hard * self.away(session, *slot).len() as i64;
            for other in self.in_slot[*slot].iter().filter(|o| **o > session) {
                let o = &self.instance.sessions[*other];
                cost += w.hard * self.shared(session, *other).len() as i64;
                if !s.theme.is_empty() && s.theme == o.theme {
                    cost += w.same_theme_parallel;
                }
                cost += w.audience_overlap * self.overlap[session].get(other).copied().unwrap_or(0);
            }
            if !s.preferred_days.is_empty() && !s.preferred_days.contains(&self.instance.slots[*slot].day) {
                cost += w.preferred_day;
            }
        }
        cost += w.theme_day_spread * self.theme_days.values().map(|n| n * (n - 1) / 2).sum::<i64>();
        cost
    }
}

/// A small deterministic generator (xorshift), so a seed always gives the same schedule.
struct Random(u64);

impl Random {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// Schedules the instance: greedy start, then `iterations` steps of local search from `seed`.
pub fn schedule(instance: &Instance, weights: Weights, seed: u64, iterations: usize) -> Schedule {
    let mut state = State::new(instance, weights);
    // Fixed sessions first, then the most constrained (most people, fewest fitting cells).
    let fitting = |s: &Session| {
        (0..instance.rooms.len())
            .flat_map(|r| (0..instance.slots.len()).map(move |t| (r, t)))
            .filter(|(r, t)| state.fits(s, *r, *t))
            .count()
    };
    let mut order: Vec<usize> = (0..instance.sessions.len()).collect();
    let keys: Vec<(bool, usize, usize)> =
        instance.sessions.iter().map(|s| (s.fixed.is_none(), fitting(s), usize::MAX - s.people.len())).collect();
    order.sort_by_key(|i| keys[*i]);
    for session in order {
        if let Some((_, room, slot)) = state.best_cell(session) {
            state.place(session, room, slot);
        }
    }
    let mut random = Random(seed.max(1));
    let cells = instance.rooms.len() * instance.slots.len();
    let mut current = state.total();
    let (mut best, mut best_at) = (current, state.at.clone());
    for step in 0..iterations {
        if instance.sessions.is_empty() || cells == 0 {
            break;
        }
        let session = random.below(instance.sessions.len());
        if instance.sessions[session].fixed.is_some() {
            continue;
        }
        let Some((room, slot)) = state.at[session] else { continue };
        let (to_room, to_slot) = (random.below(instance.rooms.len()), random.below(instance.slots.len()));
        let occupant = state.cell.get(&(to_room, to_slot)).copied();
        if (to_room, to_slot) == (room, slot) || occupant.is_some_and(|o| instance.sessions[o].fixed.is_some()) {
            continue;
        }
        // Each side counts the pair (session, occupant) once: see the derivation in the module's tests.
        let mut before = state.cost_at(session, room, slot);
        state.remove(session);
        before += occupant.map_or(0, |o| state.cost_at(o, to_room, to_slot));
        if let Some(o) = occupant {
            state.remove(o);
        }
        let mut after = state.cost_at(session, to_room, to_slot);
        state.place(session, to_room, to_slot);
        after += occupant.map_or(0, |o| state.cost_at(o, room, slot));
        if let Some(o) = occupant {
            state.place(o, room, slot);
        }
        // Simulated annealing on the soft cost: worse moves are sometimes taken early, never a new hard violation.
        let temperature = 4.0 * (1.0 - step as f64 / iterations as f64);
        let delta = after - before;
        let accept = delta <= 0
            || (delta < weights.hard
                && temperature > 0.0
                && (random.below(1_000_000) as f64 / 1e6) < (-(delta as f64) / temperature).exp());
        if accept {
            current += delta;
            if current < best {
                best = current;
                best_at.clone_from(&state.at);
            }
        } else {
            state.remove(session);
            if let Some(o) = occupant {
                state.remove(o);
                state.place(o, to_room, to_slot);
            }
            state.place(session, room, slot);
        }
    }
    debug_assert_eq!(current, state.total(), "the running cost drifted from the true cost");
    let mut state_best = State::new(instance, weights);
    for (session, at) in best_at.iter().enumerate() {
        if let Some((room, slot)) = at {
            state_best.place(session, *room, *slot);
        }
    }
    let state = state_best;
    finish(&state)
}

fn finish(state: &State) -> Schedule {
    let instance = state.instance;
    let mut violations = Vec::new();
    for (session, at) in state.at.iter().enumerate() {
        let Some((room, slot)) = *at else { continue };
        let s = &instance.sessions[session];
        if !state.fits(s, room, slot) {
            violations.push(Violation { code: "room-unsuitable", hard: true, sessions: vec![session], people: vec![], slot: Some(slot) });
        }
        let away = state.away(session, slot);
        if !away.is_empty() {
            violations.push(Violation { code: "person-unavailable", hard: true, sessions: vec![session], people: away, slot: Some(slot) });
        }
        for other in state.in_slot[slot].iter().filter(|o| **o > session) {
            let o = &instance.sessions[*other];
            let both = state.shared(session, *other);
            if !both.is_empty() {
                violations.push(Violation {
                    code: "person-double-booked",
                    hard: true,
                    sessions: vec![session, *other],
                    people: both,
                    slot: Some(slot),
                });
            }
            if !s.theme.is_empty() && s.theme == o.theme {
                violations.push(Violation {
                    code: "same-theme-parallel",
                    hard: false,
                    sessions: vec![session, *other],
                    people: vec![],
                    slot: Some(slot),
                });
            }
        }
    }
    let unplaced: Vec<usize> = state.at.iter().enumerate().filter(|(_, a)| a.is_none()).map(|(i, _)| i).collect();
    for s in &unplaced {
        violations.push(Violation { code: "no-room-left", hard: true, sessions: vec![*s], people: vec![], slot: None });
    }
    let total = state.total();
    let hard_violations = violations.iter().filter(|v| v.hard).count();
    let mut placements: Vec<Placement> =
        state.at.iter().enumerate().filter_map(|(session, a)| a.map(|(room, slot)| Placement { session, room, slot })).collect();
    placements.sort_by_key(|p| (p.slot, p.room));
    Schedule { placements, unplaced, hard_violations, soft_cost: total % state.weights.hard, violations }
}

/// Assesses placements made by hand (session i at cells[i], or unplaced): the same score and violations as a
/// computed schedule, so a move can be warned about before it is saved.
pub fn assess(instance: &Instance, weights: Weights, cells: &[Option<(usize, usize)>]) -> Schedule {
    let mut state = State::new(instance, weights);
    for (session, cell) in cells.iter().enumerate() {
        if let Some((room, slot)) = cell {
            state.place(session, *room, *slot);
        }
    }
    finish(&state)
}

/// The cost of a complete assignment (session i at cells[i]), for checking the search against an exhaustive one.
pub fn cost_of(instance: &Instance, weights: Weights, cells: &[(usize, usize)]) -> i64 {
    let mut state = State::new(instance, weights);
    for (session, (room, slot)) in cells.iter().enumerate() {
        state.place(session, *room, *slot);
    }
    state.total()
}

#[cfg(test)]
mod tests {
    use super::super::{Room, Slot};
    use super::*;
    use proptest::prelude::*;

    fn rooms(n: usize, capacity: u32) -> Vec<Room> {
        (0..n)
            .map(|id| Room {
                id,
                capacity,
                hybrid: id == 0,
                interpretation: if id == 0 { vec!["fr".into()] } else { vec![] },
                session_types: vec![],
            })
            .collect()
    }

    fn slots(days: u32, per_day: u32) -> Vec<Slot> {
        (0..days)
            .flat_map(|day| (0..per_day).map(move |i| (day, i)))
            .enumerate()
            .map(|(id, (day, i))| Slot { id, day, start_minute: 540 + i * 90, minutes: 90 })
            .collect()
    }

    fn session(id: usize, theme: &str, people: &[i64]) -> Session {
        Session {
            id,
            session_type: "workshop".into(),
            theme: theme.into(),
            minutes: 60,
            expected_audience: 50,
            people: people.to_vec(),
            ..Default::default()
        }
    }

    #[test]
    fn nobody_is_booked_twice_and_equipment_and_fixed_places_are_respected() {
        let mut sessions = vec![session(0, "a", &[1, 2]), session(1, "b", &[2, 3]), session(2, "a", &[4]), session(3, "c", &[1])];
        sessions[2].needs_interpretation = vec!["fr".into()];
        sessions[3].fixed = Some((1, 0));
        let instance =
            Instance { rooms: rooms(2, 100), slots: slots(1, 3), sessions, unavailable: vec![(4, 1), (4, 2)], interested: vec![] };
        let result = schedule(&instance, Weights::default(), 7, 1000);
        assert_eq!(result.hard_violations, 0, "{:?}", result.violations);
        let at = |s: usize| result.placements.iter().find(|p| p.session == s).map(|p| (p.room, p.slot)).unwrap();
        assert_eq!(at(3), (1, 0), "fixed");
        assert_eq!(at(2), (0, 0), "interpretation only in room 0, and person 4 is away in slot 1");
        assert_ne!(at(0).1, at(1).1, "person 2 is in both");
        assert_ne!(at(0).1, at(3).1, "person 1 is in both");
    }

    #[test]
    fn what_cannot_be_satisfied_is_explained() {
        let sessions = vec![session(0, "a", &[1]), session(1, "b", &[1]), session(2, "c", &[2])];
        let instance = Instance { rooms: rooms(2, 100), slots: slots(1, 1), sessions, unavailable: vec![], interested: vec![] };
        let result = schedule(&instance, Weights::default(), 1, 100);
        assert_eq!(result.unplaced.len(), 1);
        assert!(result.violations.iter().any(|v| v.code == "no-room-left"));
    }

    #[test]
    fn the_same_seed_gives_the_same_schedule() {
        let sessions: Vec<Session> = (0..12).map(|i| session(i, ["a", "b", "c"][i % 3], &[i as i64, (i as i64 + 5) % 12])).collect();
        let instance = Instance { rooms: rooms(3, 100), slots: slots(2, 3), sessions, unavailable: vec![], interested: vec![] };
        let a = schedule(&instance, Weights::default(), 42, 5000);
        let b = schedule(&instance, Weights::default(), 42, 5000);
        assert_eq!(a.placements, b.placements);
    }

    /// Every way of putting the sessions in distinct cells.
    fn best_by_exhaustion(instance: &Instance, weights: Weights) -> i64 {
        let cells: Vec<(usize, usize)> = (0..instance.rooms.len()).flat_map(|r| (0..instance.slots.len()).map(move |t| (r, t))).collect();
        let mut best = i64::MAX;
        let mut chosen = Vec::new();
        fn walk(instance: &Instance, weights: Weights, cells: &[(usize, usize)], chosen: &mut Vec<(usize, usize)>, best: &mut i64) {
            if chosen.len() == instance.sessions.len() {
                *best = (*best).min(cost_of(instance, weights, chosen));
                return;
            }
            for c in cells {
                if !chosen.contains(c) {
                    chosen.push(*c);
                    walk(instance, weights, cells, chosen, best);
                    chosen.pop();
                }
            }
        }
        walk(instance, weights, &cells, &mut chosen, &mut best);
        best
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]

        /// On small instances the search reaches the exact optimum found by trying every placement.
        #[test]
        fn the_search_finds_the_optimum_of_small_instances(
            people in proptest::collection::vec(proptest::collection::vec(0i64..6, 1..3), 5),
            themes in proptest::collection::vec(0usize..2, 5),
            interest in proptest::collection::vec(proptest::collection::vec(0i64..8, 0..4), 5),
        ) {
            let sessions: Vec<Session> = (0..5).map(|i| session(i, ["a", "b"][themes[i]], &people[i])).collect();
            let instance = Instance { rooms: rooms(2, 100), slots: slots(2, 2), sessions, unavailable: vec![], interested: interest };
            let weights = Weights::default();
            let result = schedule(&instance, weights, 3, 20_000);
            let cells: Vec<(usize, usize)> = { let mut v = vec![(0, 0); 5]; for p in &result.placements { v[p.session] = (p.room, p.slot); } v };
            let found = cost_of(&instance, weights, &cells);
            prop_assert_eq!(found, best_by_exhaustion(&instance, weights));
        }
    }
}

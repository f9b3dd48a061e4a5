//! Evaluator assignment as a minimum-cost flow, so the result is optimal rather than greedy:
//! every proposal gets k evaluators where possible, never a conflicted one; among all such assignments it
//! prefers, in this order, evaluators from different stakeholder groups on each proposal, evaluators whose
//! issue area matches the theme, and an even load across members.
//!
//! Network: source → proposal (capacity k) → (proposal, stakeholder group) → member → sink.
//! The first evaluator from a group on a proposal costs nothing. A second one from the same group costs
//! `repeat_cost` while the proposal still reaches `spread_groups` groups (it goes through a per-proposal
//! allowance node of capacity k − spread_groups), and `same_group_penalty` beyond that — so every proposal gets
//! evaluators from at least three groups whenever the MAG allows it, without overloading the members of small
//! groups. A member outside the theme costs `theme_mismatch`; a member's j-th proposal costs `j × load_step`
//! (convex, so loads even out).

use super::flow::Network;
use super::{Evaluator, Pair, Reviewable, conflict};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy)]
pub struct Weights {
    /// The number of stakeholder groups each proposal's evaluators should come from.
    pub spread_groups: u32,
    pub repeat_cost: i64,
    pub same_group_penalty: i64,
    pub theme_mismatch: i64,
    pub load_step: i64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights { spread_groups: 3, repeat_cost: 20, same_group_penalty: 1000, theme_mismatch: 40, load_step: 2 }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Assignment {
    pub pairs: Vec<Pair>,
    /// Checked after solving: the residual network has no negative cycle, so no cheaper assignment of the same
    /// size exists (an independent certificate of optimality).
    pub certified_optimal: bool,
    /// The objective: lower is better, and no assignment of the same size has a lower one.
    pub cost: i64,
    /// Proposals that could not get k evaluators (too many conflicts), with how many they lack.
    pub short: Vec<(i64, u32)>,
}

impl Assignment {
    pub fn load(&self) -> BTreeMap<i64, u32> {
        let mut load = BTreeMap::new();
        for p in &self.pairs {
            *load.entry(p.evaluator).or_insert(0) += 1;
        }
        load
    }

    pub fn evaluators_of(&self, proposal: i64) -> Vec<i64> {
        self.pairs.iter().filter(|p| p.proposal == proposal).map(|p| p.evaluator).collect()
    }
}

/// The optimal assignment of `k` evaluators per proposal. No member gets more than twice the average load
/// plus four: a hard cap that keeps the work shared even when conflicts push it onto a few.
pub fn assign(proposals: &[Reviewable], evaluators: &[Evaluator], declared: &[(i64, i64)], k: u32, weights: Weights) -> Assignment {
    let mut groups: Vec<&str> = evaluators.iter().map(|e| e.stakeholder_group.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    let mut net = Network::new(2);
    let (source, sink) = (0, 1);
    let member_nodes: Vec<usize> = evaluators.iter().map(|_| net.add_node()).collect();
    let average = (proposals.len() * k as usize).div_ceil(evaluators.len().max(1)) as i64;
    let max_load = (2 * average + 4).min(proposals.len() as i64);
    for &node in &member_nodes {
        for j in 0..max_load {
            net.add_edge(node, sink, 1, j * weights.load_step);
        }
    }
    let mut pair_edges: Vec<(usize, Pair)> = Vec::new();
    for proposal in proposals {
        let p_node = net.add_node();
        net.add_edge(source, p_node, k as i64, 0);
        let allowance = net.add_node();
        net.add_edge(p_node, allowance, k.saturating_sub(weights.spread_groups) as i64, weights.repeat_cost);
        for group in &groups {
            let g_node = net.add_node();
            net.add_edge(p_node, g_node, 1, 0);
            net.add_edge(allowance, g_node, k as i64, 0);
            net.add_edge(p_node, g_node, k as i64, weights.same_group_penalty);
            for (e, evaluator) in evaluators.iter().enumerate().filter(|(_, e)| e.stakeholder_group == *group) {
                if conflict(evaluator, proposal, declared).is_some() {
                    continue;
                }
                let cost = if evaluator.issue_areas.contains(&proposal.theme) { 0 } else { weights.theme_mismatch };
                let edge = net.add_edge(g_node, member_nodes[e], 1, cost);
                pair_edges.push((edge, Pair { proposal: proposal.id, evaluator: evaluator.id }));
            }
        }
    }
    let (_, cost) = net.min_cost_flow(source, sink, proposals.len() as i64 * k as i64);
    let mut pairs: Vec<Pair> = pair_edges.into_iter().filter(|(edge, _)| net.flow(*edge) > 0).map(|(_, pair)| pair).collect();
    pairs.sort();
    let certified_optimal = !net.residual_has_negative_cycle();
    let mut assignment = Assignment { pairs, cost, certified_optimal, short: Vec::new() };
    assignment.short = proposals
        .iter()
        .filter_map(|p| {
            let got = assignment.evaluators_of(p.id).len() as u32;
            (got < k).then_some((p.id, k - got))
        })
        .collect();
    assignment
}

/// The best evaluator to add to one proposal, the others staying as they are (after a conflict is declared):
/// the unconflicted member not yet on it with the lowest marginal cost — a new stakeholder group first, then
/// the theme, then the lightest load. Optimal for that one slot; the rest of everyone's list is left alone.
pub fn replacement(
    proposal: &Reviewable,
    evaluators: &[Evaluator],
    pairs: &[Pair],
    declared: &[(i64, i64)],
    weights: Weights,
) -> Option<i64> {
    let on_it: Vec<&Evaluator> =
        pairs.iter().filter(|p| p.proposal == proposal.id).filter_map(|p| evaluators.iter().find(|e| e.id == p.evaluator)).collect();
    let marginal = |e: &Evaluator| {
        let mut groups: Vec<&str> = on_it.iter().map(|o| o.stakeholder_group.as_str()).collect();
        groups.sort_unstable();
        groups.dedup();
        let same_group = groups.contains(&e.stakeholder_group.as_str()) && (groups.len() as u32) < weights.spread_groups;
        let load = pairs.iter().filter(|p| p.evaluator == e.id).count() as i64;
        let theme = if e.issue_areas.contains(&proposal.theme) { 0 } else { weights.theme_mismatch };
        i64::from(same_group) * weights.same_group_penalty + theme + load * weights.load_step
    };
    evaluators
        .iter()
        .filter(|e| !on_it.iter().any(|o| o.id == e.id) && conflict(e, proposal, declared).is_none())
        .min_by_key(|e| (marginal(e), e.id))
        .map(|e| e.id)
}

/// The objective of any assignment under the same weights, for comparing a hand-edited assignment or a
/// brute-force one with the optimum.
pub fn cost_of(pairs: &[Pair], proposals: &[Reviewable], evaluators: &[Evaluator], k: u32, weights: Weights) -> i64 {
    let allowance = k.saturating_sub(weights.spread_groups) as i64;
    let evaluator = |id: i64| evaluators.iter().find(|e| e.id == id).expect("known evaluator");
    let mut cost = 0;
    for proposal in proposals {
        let mine: Vec<&Evaluator> = pairs.iter().filter(|p| p.proposal == proposal.id).map(|p| evaluator(p.evaluator)).collect();
        let mut groups: BTreeMap<&str, i64> = BTreeMap::new();
        for e in &mine {
            *groups.entry(e.stakeholder_group.as_str()).or_insert(0) += 1;
            if !e.issue_areas.contains(&proposal.theme) {
                cost += weights.theme_mismatch;
            }
        }
        let repeats: i64 = groups.values().map(|n| n - 1).sum();
        cost += repeats.min(allowance) * weights.repeat_cost + (repeats - allowance).max(0) * weights.same_group_penalty;
    }
    for e in evaluators {
        let load = pairs.iter().filter(|p| p.evaluator == e.id).count() as i64;
        cost += weights.load_step * load * (load - 1) / 2;
    }
    cost
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn member(id: i64, group: &str, org: i64, areas: &[&str]) -> Evaluator {
        Evaluator {
            id,
            stakeholder_group: group.into(),
            organization_id: Some(org),
            issue_areas: areas.iter().map(|s| s.to_string()).collect(),
            country: String::new(),
        }
    }

    fn proposal(id: i64, theme: &str, people: &[i64], orgs: &[i64]) -> Reviewable {
        Reviewable { id, theme: theme.into(), people: people.to_vec(), organizations: orgs.to_vec(), countries: Vec::new() }
    }

    #[test]
    fn spreads_groups_matches_themes_and_avoids_conflicts() {
        let members = [
            member(1, "government", 10, &["a"]),
            member(2, "government", 11, &["b"]),
            member(3, "civil-society", 12, &["a"]),
            member(4, "technical-community", 13, &["a", "b"]),
            member(5, "civil-society", 14, &["b"]),
        ];
        let proposals = [proposal(100, "a", &[3], &[]), proposal(101, "b", &[], &[13])];
        let result = assign(&proposals, &members, &[(1, 100)], 3, Weights::default());
        assert!(result.short.is_empty());
        let of_a = result.evaluators_of(100);
        assert!(!of_a.contains(&3) && !of_a.contains(&1), "conflicts: listed and declared");
        assert!(!result.evaluators_of(101).contains(&4), "same organization");
        assert_eq!(result.cost, cost_of(&result.pairs, &proposals, &members, 3, Weights::default()));
    }

    #[test]
    fn a_replacement_brings_a_new_group_and_never_a_conflicted_member() {
        let members = [
            member(1, "government", 10, &["a"]),
            member(2, "government", 11, &["a"]),
            member(3, "academia", 12, &[]),
            member(4, "academia", 13, &["a"]),
        ];
        let p = proposal(100, "a", &[4], &[]);
        let pairs = [Pair { proposal: 100, evaluator: 1 }];
        assert_eq!(replacement(&p, &members, &pairs, &[], Weights::default()), Some(3), "academia is new; member 4 is listed");
        assert_eq!(replacement(&p, &members, &pairs, &[(3, 100)], Weights::default()), Some(2));
    }

    #[test]
    fn reports_proposals_that_cannot_be_fully_covered() {
        let members = [member(1, "government", 10, &[]), member(2, "academia", 11, &[])];
        let result = assign(&[proposal(100, "a", &[1], &[])], &members, &[], 2, Weights::default());
        assert_eq!(result.short, [(100, 1)]);
    }

    /// Every way of giving each proposal k distinct, unconflicted evaluators.
    fn all_assignments(proposals: &[Reviewable], members: &[Evaluator], declared: &[(i64, i64)], k: usize) -> Vec<Vec<Pair>> {
        let mut result = vec![Vec::new()];
        for p in proposals {
            let allowed: Vec<i64> = members.iter().filter(|m| conflict(m, p, declared).is_none()).map(|m| m.id).collect();
            let mut subsets = Vec::new();
            for mask in 0u32..(1 << allowed.len()) {
                if mask.count_ones() as usize == k {
                    subsets.push(
                        allowed
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| mask & (1 << i) != 0)
                            .map(|(_, id)| Pair { proposal: p.id, evaluator: *id })
                            .collect::<Vec<_>>(),
                    );
                }
            }
            result = result.into_iter().flat_map(|base| subsets.iter().map(move |s| [base.clone(), s.clone()].concat())).collect();
        }
        result
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// On small instances the flow's objective equals the best of every possible assignment, and no pair is
        /// ever conflicted.
        #[test]
        fn the_assignment_is_optimal_and_never_conflicted(
            groups in proptest::collection::vec(0usize..3, 5),
            orgs in proptest::collection::vec(0i64..4, 5),
            areas in proptest::collection::vec(0usize..2, 5),
            listed in proptest::collection::vec(proptest::collection::vec(1i64..6, 0..2), 3),
            proposal_orgs in proptest::collection::vec(0i64..6, 3),
            declared in proptest::collection::vec((1i64..6, 0i64..3), 0..3),
        ) {
            let names = ["government", "civil-society", "academia"];
            let themes = ["a", "b"];
            let members: Vec<Evaluator> = (0..5).map(|i| member(i as i64 + 1, names[groups[i]], orgs[i], &[themes[areas[i]]])).collect();
            let proposals: Vec<Reviewable> = (0..3).map(|i| proposal(i as i64, themes[i % 2], &listed[i], &[proposal_orgs[i]])).collect();
            let weights = Weights::default();
            let result = assign(&proposals, &members, &declared, 2, weights);
            for pair in &result.pairs {
                let m = members.iter().find(|m| m.id == pair.evaluator).unwrap();
                let p = proposals.iter().find(|p| p.id == pair.proposal).unwrap();
                prop_assert!(conflict(m, p, &declared).is_none());
            }
            prop_assert_eq!(result.cost, cost_of(&result.pairs, &proposals, &members, 2, weights));
            prop_assert!(result.certified_optimal);
            if result.short.is_empty() {
                let best = all_assignments(&proposals, &members, &declared, 2).iter().map(|a| cost_of(a, &proposals, &members, 2, weights)).min();
                prop_assert_eq!(Some(result.cost), best);
            }
        }
    }
}

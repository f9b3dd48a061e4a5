//! The suggested selection: the best-ranked proposals within the slots and the per-theme cap, adjusted by the
//! fewest swaps needed to meet the cycle's balance targets (developing countries, first-timers, gender-diverse
//! speakers, every UN regional group), with what the adjustment costs against the pure ranking.

use serde::Serialize;
use std::collections::BTreeSet;

#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    pub proposal: i64,
    pub theme: String,
    pub score: f64,
    /// The balance targets this proposal counts towards, e.g. "developing", "first-time", "region:african".
    pub tags: BTreeSet<String>,
}

/// At least `minimum` selected proposals must carry `tag`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Target {
    pub tag: String,
    pub minimum: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TargetResult {
    pub tag: String,
    pub minimum: u32,
    pub by_ranking: u32,
    pub selected: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct Selection {
    /// In rank order.
    pub selected: Vec<i64>,
    pub by_ranking: Vec<i64>,
    /// Brought in to meet a target, and the ones they displaced.
    pub added: Vec<i64>,
    pub displaced: Vec<i64>,
    /// Sum of scores given up against the pure ranking (≥ 0).
    pub score_cost: f64,
    pub targets: Vec<TargetResult>,
}

fn ranked(candidates: &[Candidate]) -> Vec<&Candidate> {
    let mut order: Vec<&Candidate> = candidates.iter().collect();
    order.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.proposal.cmp(&b.proposal)));
    order
}

fn theme_count(selected: &[&Candidate], theme: &str) -> u32 {
    selected.iter().filter(|c| c.theme == theme).count() as u32
}

fn tag_count(selected: &[&Candidate], tag: &str) -> u32 {
    selected.iter().filter(|c| c.tags.contains(tag)).count() as u32
}

/// The top `slots` by score, skipping proposals whose theme is full.
fn pure_ranking<'a>(order: &[&'a Candidate], slots: u32, per_theme_cap: u32) -> Vec<&'a Candidate> {
    let mut selected: Vec<&Candidate> = Vec::new();
    for c in order {
        if selected.len() as u32 == slots {
            break;
        }
        if theme_count(&selected, &c.theme) < per_theme_cap {
            selected.push(c);
        }
    }
    selected
}

pub fn suggest(candidates: &[Candidate], slots: u32, per_theme_cap: u32, targets: &[Target]) -> Selection {
    let order = ranked(candidates);
    let by_ranking = pure_ranking(&order, slots, per_theme_cap);
    let mut selected = by_ranking.clone();
    for target in targets {
        while tag_count(&selected, &target.tag) < target.minimum {
            if !swap_in(&order, &mut selected, &target.tag, targets, per_theme_cap) {
                break;
            }
        }
    }
    selected.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.proposal.cmp(&b.proposal)));
    let ids = |v: &[&Candidate]| v.iter().map(|c| c.proposal).collect::<Vec<_>>();
    let before: BTreeSet<i64> = ids(&by_ranking).into_iter().collect();
    let after: BTreeSet<i64> = ids(&selected).into_iter().collect();
    let sum = |v: &[&Candidate]| v.iter().map(|c| c.score).sum::<f64>();
    Selection {
        added: ids(&selected).into_iter().filter(|id| !before.contains(id)).collect(),
        displaced: ids(&by_ranking).into_iter().filter(|id| !after.contains(id)).collect(),
        score_cost: sum(&by_ranking) - sum(&selected),
        targets: targets
            .iter()
            .map(|t| TargetResult {
                tag: t.tag.clone(),
                minimum: t.minimum,
                by_ranking: tag_count(&by_ranking, &t.tag),
                selected: tag_count(&selected, &t.tag),
            })
            .collect(),
        selected: ids(&selected),
        by_ranking: ids(&by_ranking),
    }
}

/// Brings in the best unselected proposal carrying `tag`, displacing the lowest-scored selected one whose
/// removal breaks no target that is currently met and keeps the theme cap. False when no such swap exists.
fn swap_in<'a>(order: &[&'a Candidate], selected: &mut Vec<&'a Candidate>, tag: &str, targets: &[Target], cap: u32) -> bool {
    let chosen: BTreeSet<i64> = selected.iter().map(|c| c.proposal).collect();
    for incoming in order.iter().filter(|c| c.tags.contains(tag) && !chosen.contains(&c.proposal)) {
        let removable = selected.iter().enumerate().rev().find(|(_, out)| {
            let keeps_targets = targets.iter().all(|t| {
                let now = tag_count(selected, &t.tag);
                let after = now - u32::from(out.tags.contains(&t.tag)) + u32::from(incoming.tags.contains(&t.tag));
                after >= t.minimum.min(now)
            });
            let theme_ok = out.theme == incoming.theme || theme_count(selected, &incoming.theme) < cap;
            keeps_targets && theme_ok && !out.tags.contains(tag)
        });
        if let Some((at, _)) = removable {
            selected[at] = incoming;
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn candidate(proposal: i64, theme: &str, score: f64, tags: &[&str]) -> Candidate {
        Candidate { proposal, theme: theme.into(), score, tags: tags.iter().map(|t| t.to_string()).collect() }
    }

    #[test]
    fn ranking_respects_the_theme_cap() {
        let cs = [candidate(1, "a", 5.0, &[]), candidate(2, "a", 4.9, &[]), candidate(3, "b", 3.0, &[])];
        let s = suggest(&cs, 2, 1, &[]);
        assert_eq!(s.selected, [1, 3]);
        assert_eq!(s.score_cost, 0.0);
    }

    #[test]
    fn a_target_swaps_in_the_best_qualifying_proposal_for_the_weakest_other() {
        let cs = [
            candidate(1, "a", 5.0, &[]),
            candidate(2, "a", 4.5, &[]),
            candidate(3, "b", 4.0, &[]),
            candidate(4, "b", 3.5, &["developing"]),
            candidate(5, "b", 3.0, &["developing"]),
        ];
        let s = suggest(&cs, 3, 2, &[Target { tag: "developing".into(), minimum: 1 }]);
        assert_eq!(s.by_ranking, [1, 2, 3]);
        assert_eq!(s.selected, [1, 2, 4]);
        assert_eq!((s.added.clone(), s.displaced.clone()), (vec![4], vec![3]));
        assert!((s.score_cost - 0.5).abs() < 1e-9);
        assert_eq!(s.targets[0].selected, 1);
    }

    #[test]
    fn meeting_one_target_does_not_break_another() {
        let cs = [candidate(1, "a", 5.0, &["first-time"]), candidate(2, "a", 4.0, &[]), candidate(3, "a", 3.0, &["developing"])];
        let targets = [Target { tag: "first-time".into(), minimum: 1 }, Target { tag: "developing".into(), minimum: 1 }];
        let s = suggest(&cs, 2, 5, &targets);
        assert_eq!(s.selected, [1, 3]);
    }

    proptest! {
        #[test]
        fn caps_hold_and_targets_met_when_the_ranking_meets_them_change_nothing(
            scores in proptest::collection::vec(0.0f64..5.0, 1..25),
            themes in proptest::collection::vec(0usize..3, 25),
            developing in proptest::collection::vec(proptest::bool::ANY, 25),
            slots in 1u32..12,
            cap in 1u32..6,
            minimum in 0u32..5,
        ) {
            let names = ["a", "b", "c"];
            let cs: Vec<Candidate> = scores.iter().enumerate()
                .map(|(i, s)| candidate(i as i64, names[themes[i]], *s, if developing[i] { &["developing"] } else { &[] }))
                .collect();
            let targets = [Target { tag: "developing".into(), minimum }];
            let s = suggest(&cs, slots, cap, &targets);
            prop_assert!(s.selected.len() as u32 <= slots);
            prop_assert_eq!(s.selected.len(), s.by_ranking.len());
            for theme in names {
                let n = s.selected.iter().filter(|id| cs[**id as usize].theme == theme).count() as u32;
                prop_assert!(n <= cap);
            }
            prop_assert!(s.score_cost >= -1e-9);
            let t = &s.targets[0];
            if t.by_ranking >= minimum {
                prop_assert_eq!(&s.selected, &s.by_ranking);
            }
            prop_assert!(t.selected >= t.by_ranking);
            // With one theme cap wide enough, the target is met whenever there are enough qualifying proposals.
            let qualifying = cs.iter().filter(|c| c.tags.contains("developing")).count() as u32;
            if cap >= slots && qualifying >= minimum && minimum <= slots {
                prop_assert!(t.selected >= minimum, "{} of {} with {} qualifying", t.selected, minimum, qualifying);
            }
        }
    }
}

//! The IGF's groups and how they decide: the MAG's balance rules (governments at most 40 %, the other groups
//! balanced, terms, rotation, the host country's seat), the criteria a dynamic coalition or an NRI must meet,
//! and consensus calls — positions with their reasons, when a call may close, and what the positions suggest
//! (consensus, rough consensus, no consensus) by stakeholder group. Every rule is a setting with the IGF's value
//! as its default (../shared/domain/igf-process.md §4–6) and returns reasons a person can read.

use crate::people::StakeholderGroup;
use serde::Serialize;

vocabulary! {
    GroupKind {
        Mag = "mag",
        DynamicCoalition = "dynamic-coalition",
        BestPracticeForum = "best-practice-forum",
        PolicyNetwork = "policy-network",
        Nri = "nri",
        WorkingGroup = "working-group",
    }
}

vocabulary! {
    /// A member's role in a group. Chairs and coordinators (a BPF's facilitators, an NRI's focal point) lead it.
    GroupRole {
        Chair = "chair",
        Coordinator = "coordinator",
        Member = "member",
        Observer = "observer",
    }
}

impl GroupRole {
    /// Leads edit the group, set roles, file its reports, open consensus calls and record determinations.
    pub fn leads(self) -> bool {
        matches!(self, GroupRole::Chair | GroupRole::Coordinator)
    }
}

vocabulary! {
    NriLevel {
        National = "national",
        Regional = "regional",
        SubRegional = "sub-regional",
        Youth = "youth",
    }
}

vocabulary! {
    /// A group is drafted, then published once it meets its criteria.
    GroupStatus {
        Draft = "draft",
        Published = "published",
    }
}

vocabulary! {
    /// A decision is discussed, then put to a consensus call, then closed with the chair's determination.
    DecisionStatus {
        Discussion = "discussion",
        Open = "open",
        Closed = "closed",
    }
}

impl GroupKind {
    /// Dynamic coalitions and NRIs report every year to stay active; the others report when their work ends.
    pub fn reports_yearly(self) -> bool {
        matches!(self, GroupKind::DynamicCoalition | GroupKind::Nri)
    }

    /// Anyone may join, except the MAG, whose members the Secretary-General appoints.
    pub fn open_by_default(self) -> bool {
        self != GroupKind::Mag
    }
}

/// The MAG's composition rules.
#[derive(Debug, Clone)]
pub struct MagRules {
    pub target_size: usize,
    /// Governments hold at most this share of the seats (observers do not count).
    pub max_government_percent: u32,
    /// Each other group is within this many seats of an equal split of the non-government seats.
    pub balance_tolerance: usize,
    pub max_consecutive_terms: u32,
    /// About this share of the members is new each year.
    pub min_rotation_percent: u32,
}

impl Default for MagRules {
    fn default() -> Self {
        MagRules { target_size: 55, max_government_percent: 40, balance_tolerance: 2, max_consecutive_terms: 3, min_rotation_percent: 30 }
    }
}

/// A MAG member as the balance panel sees them.
#[derive(Debug, Clone)]
pub struct MagMember {
    pub stakeholder_group: StakeholderGroup,
    pub country: String,
    /// Consecutive terms including the current one.
    pub consecutive_terms: u32,
    /// First term this year.
    pub new_this_year: bool,
    /// Intergovernmental organizations sit as observers, outside the balance.
    pub observer: bool,
}

/// A broken MAG rule, with the figures the sentence shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum BalanceWarning {
    GovernmentShare { seats: usize, of: usize, max_percent: u32 },
    GroupOutOfBalance { group: StakeholderGroup, seats: usize, expected: usize },
    TooManyTerms { members: usize, max: u32 },
    LowRotation { new: usize, of: usize, min_percent: u32 },
    NoHostCountrySeat { country: String },
    SizeOff { members: usize, target: usize },
}

/// What breaks the MAG's rules; empty when it is balanced.
pub fn mag_balance(members: &[MagMember], host_country: &str, rules: &MagRules) -> Vec<BalanceWarning> {
    let seated: Vec<&MagMember> = members.iter().filter(|m| !m.observer).collect();
    let mut warnings = Vec::new();
    let size = seated.len();
    if size.abs_diff(rules.target_size) > rules.target_size / 10 {
        warnings.push(BalanceWarning::SizeOff { members: size, target: rules.target_size });
    }
    let seats = |g: StakeholderGroup| seated.iter().filter(|m| m.stakeholder_group == g).count();
    let government = seats(StakeholderGroup::Government);
    if government * 100 > size * rules.max_government_percent as usize {
        warnings.push(BalanceWarning::GovernmentShare { seats: government, of: size, max_percent: rules.max_government_percent });
    }
    // The IGF splits the rest "equally across the other three groups": private sector, civil society, and the
    // technical and academic community (counted together here, as the MAG's own tables do).
    let others = [
        (StakeholderGroup::PrivateSector, seats(StakeholderGroup::PrivateSector)),
        (StakeholderGroup::CivilSociety, seats(StakeholderGroup::CivilSociety)),
        (StakeholderGroup::TechnicalCommunity, seats(StakeholderGroup::TechnicalCommunity) + seats(StakeholderGroup::Academia)),
    ];
    let expected = (size - government) / others.len();
    for (group, n) in others {
        if n.abs_diff(expected) > rules.balance_tolerance {
            warnings.push(BalanceWarning::GroupOutOfBalance { group, seats: n, expected });
        }
    }
    let long = seated.iter().filter(|m| m.consecutive_terms > rules.max_consecutive_terms).count();
    if long > 0 {
        warnings.push(BalanceWarning::TooManyTerms { members: long, max: rules.max_consecutive_terms });
    }
    let new = seated.iter().filter(|m| m.new_this_year).count();
    if size > 0 && new * 100 < size * rules.min_rotation_percent as usize {
        warnings.push(BalanceWarning::LowRotation { new, of: size, min_percent: rules.min_rotation_percent });
    }
    if !host_country.is_empty() && !seated.iter().any(|m| m.country == host_country) {
        warnings.push(BalanceWarning::NoHostCountrySeat { country: host_country.to_string() });
    }
    warnings
}

/// What a group must show before it is published: a dynamic coalition (statement of need, action plan,
/// contact, members from three stakeholder groups) or an NRI (organizing committee from three groups, focal
/// point). Returns the codes of what is missing.
pub fn missing_criteria(
    kind: GroupKind,
    has_statement: bool,
    has_action_plan: bool,
    has_contact: bool,
    member_groups: &[StakeholderGroup],
) -> Vec<&'static str> {
    let mut distinct = member_groups.to_vec();
    distinct.sort();
    distinct.dedup();
    let mut missing = Vec::new();
    match kind {
        GroupKind::DynamicCoalition => {
            if !has_statement {
                missing.push("statement-of-need");
            }
            if !has_action_plan {
                missing.push("action-plan");
            }
            if !has_contact {
                missing.push("contact");
            }
            if distinct.len() < 3 {
                missing.push("three-stakeholder-groups");
            }
        }
        GroupKind::Nri => {
            if !has_contact {
                missing.push("focal-point");
            }
            if distinct.len() < 3 {
                missing.push("three-stakeholder-groups");
            }
        }
        _ => {}
    }
    missing
}

/// Whether a coalition or NRI stays active: it filed its yearly report for the last year.
pub fn is_active(last_report_year: Option<i32>, current_year: i32) -> bool {
    last_report_year.is_some_and(|y| y >= current_year - 1)
}

vocabulary! {
    /// A member's position in a consensus call (Loomio's consent process; the IETF's rough consensus).
    Position {
        Support = "support",
        NoObjection = "no-objection",
        Concern = "concern",
        Block = "block",
    }
}

vocabulary! {
    /// What the chair records when the call closes.
    Determination {
        Consensus = "consensus",
        RoughConsensus = "rough-consensus",
        NoConsensus = "no-consensus",
    }
}

/// Why a position or a closing is refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum CallRefusal {
    /// Concerns and blocks must say why: a block without a reason is only a veto.
    ReasonRequired,
    /// The call is open until its deadline, unless the chair records why it closes early.
    BeforeDeadline {
        deadline: i64,
    },
    Closed,
}

pub fn check_position(position: Position, reason: &str) -> Result<(), CallRefusal> {
    if matches!(position, Position::Concern | Position::Block) && reason.trim().is_empty() {
        return Err(CallRefusal::ReasonRequired);
    }
    Ok(())
}

/// Whether the chair may close the call now.
pub fn may_close(now: i64, deadline: i64, early_reason: &str, closed: bool) -> Result<(), CallRefusal> {
    if closed {
        return Err(CallRefusal::Closed);
    }
    if now < deadline && early_reason.trim().is_empty() {
        return Err(CallRefusal::BeforeDeadline { deadline });
    }
    Ok(())
}

/// The positions of one stakeholder group.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct GroupPositions {
    pub support: usize,
    pub no_objection: usize,
    pub concern: usize,
    pub block: usize,
}

/// What the positions show the chair: counts by stakeholder group, whether every group among the members was
/// heard, the blocks, and the determination they suggest — consensus with no concern or block, rough consensus
/// when blocks are few (at most `rough_block_percent` of positions) and come from one group at most, otherwise
/// none. The chair decides and writes the rationale; this is the record's evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CallSummary {
    pub by_group: Vec<(StakeholderGroup, GroupPositions)>,
    pub groups_unheard: Vec<StakeholderGroup>,
    pub blocks: usize,
    pub suggested: Determination,
}

pub fn summarise(positions: &[(StakeholderGroup, Position)], member_groups: &[StakeholderGroup], rough_block_percent: u32) -> CallSummary {
    let mut by_group: Vec<(StakeholderGroup, GroupPositions)> = Vec::new();
    for (group, position) in positions {
        let i = match by_group.iter().position(|(g, _)| g == group) {
            Some(i) => i,
            None => {
                by_group.push((*group, GroupPositions::default()));
                by_group.len() - 1
            }
        };
        let counts = &mut by_group[i].1;
        match position {
            Position::Support => counts.support += 1,
            Position::NoObjection => counts.no_objection += 1,
            Position::Concern => counts.concern += 1,
            Position::Block => counts.block += 1,
        }
    }
    by_group.sort_by_key(|(g, _)| *g);
    let mut unheard: Vec<StakeholderGroup> = member_groups.iter().copied().filter(|g| !by_group.iter().any(|(h, _)| h == g)).collect();
    unheard.sort();
    unheard.dedup();
    let blocks: usize = by_group.iter().map(|(_, c)| c.block).sum();
    let concerns: usize = by_group.iter().map(|(_, c)| c.concern).sum();
    let blocking_groups = by_group.iter().filter(|(_, c)| c.block > 0).count();
    let suggested = if positions.is_empty() {
        Determination::NoConsensus
    } else if blocks == 0 && concerns == 0 {
        Determination::Consensus
    } else if blocks * 100 <= positions.len() * rough_block_percent as usize && blocking_groups <= 1 {
        Determination::RoughConsensus
    } else {
        Determination::NoConsensus
    };
    CallSummary { by_group, groups_unheard: unheard, blocks, suggested }
}

#[cfg(test)]
mod tests {
    use super::*;
    use StakeholderGroup::*;
    use proptest::prelude::*;

    fn member(group: StakeholderGroup, new: bool) -> MagMember {
        MagMember { stakeholder_group: group, country: "KE".into(), consecutive_terms: 1, new_this_year: new, observer: false }
    }

    /// 22 governments (40 %) and 11 in each other group, a third of them new.
    fn balanced() -> Vec<MagMember> {
        let mut m: Vec<MagMember> = (0..22).map(|i| member(Government, i % 3 == 0)).collect();
        for g in [PrivateSector, CivilSociety, TechnicalCommunity] {
            m.extend((0..11).map(|i| member(g, i % 3 == 0)));
        }
        m
    }

    #[test]
    fn a_balanced_mag_has_no_warning() {
        assert_eq!(mag_balance(&balanced(), "KE", &MagRules::default()), vec![]);
    }

    #[test]
    fn each_broken_rule_is_named_with_its_figures() {
        let mut m = balanced();
        m.extend((0..5).map(|_| member(Government, false)));
        let w = mag_balance(&m, "KE", &MagRules::default());
        assert!(w.contains(&BalanceWarning::GovernmentShare { seats: 27, of: 60, max_percent: 40 }), "{w:?}");
        let mut m = balanced();
        m[0].consecutive_terms = 4;
        assert!(mag_balance(&m, "BR", &MagRules::default()).contains(&BalanceWarning::NoHostCountrySeat { country: "BR".into() }));
        assert!(mag_balance(&m, "KE", &MagRules::default()).contains(&BalanceWarning::TooManyTerms { members: 1, max: 3 }));
        let observers = balanced()
            .into_iter()
            .chain((0..10).map(|_| MagMember { observer: true, ..member(IntergovernmentalOrganization, true) }))
            .collect::<Vec<_>>();
        assert_eq!(mag_balance(&observers, "KE", &MagRules::default()), vec![], "observers sit outside the balance");
    }

    #[test]
    fn a_coalition_lists_what_it_lacks() {
        let missing = missing_criteria(GroupKind::DynamicCoalition, true, false, true, &[CivilSociety, CivilSociety, Academia]);
        assert_eq!(missing, vec!["action-plan", "three-stakeholder-groups"]);
        assert!(missing_criteria(GroupKind::Nri, false, false, true, &[Government, CivilSociety, PrivateSector]).is_empty());
        assert!(is_active(Some(2025), 2026) && !is_active(Some(2024), 2026) && !is_active(None, 2026));
    }

    #[test]
    fn blocks_need_reasons_and_calls_close_at_their_deadline() {
        assert_eq!(check_position(Position::Block, " "), Err(CallRefusal::ReasonRequired));
        assert_eq!(check_position(Position::Support, ""), Ok(()));
        assert_eq!(may_close(10, 20, "", false), Err(CallRefusal::BeforeDeadline { deadline: 20 }));
        assert_eq!(may_close(10, 20, "Everyone has spoken", false), Ok(()));
        assert_eq!(may_close(30, 20, "", true), Err(CallRefusal::Closed));
    }

    #[test]
    fn positions_suggest_a_determination_and_show_who_was_not_heard() {
        let all = [Government, PrivateSector, CivilSociety, TechnicalCommunity];
        let s = summarise(&[(Government, Position::Support), (CivilSociety, Position::NoObjection)], &all, 10);
        assert_eq!(s.suggested, Determination::Consensus);
        assert_eq!(s.groups_unheard, vec![PrivateSector, TechnicalCommunity]);
        let mut many: Vec<(StakeholderGroup, Position)> = (0..19).map(|_| (CivilSociety, Position::Support)).collect();
        many.push((Government, Position::Block));
        assert_eq!(summarise(&many, &all, 10).suggested, Determination::RoughConsensus);
        many.push((PrivateSector, Position::Block));
        assert_eq!(summarise(&many, &all, 10).suggested, Determination::NoConsensus, "blocks from two groups");
    }

    proptest! {
        #[test]
        fn every_position_is_counted_once(picks in proptest::collection::vec((0usize..6, 0usize..4), 0..60)) {
            let positions: Vec<(StakeholderGroup, Position)> = picks.iter().map(|(g, p)| (StakeholderGroup::ALL[*g], Position::ALL[*p])).collect();
            let s = summarise(&positions, StakeholderGroup::ALL, 10);
            let counted: usize = s.by_group.iter().map(|(_, c)| c.support + c.no_objection + c.concern + c.block).sum();
            prop_assert_eq!(counted, positions.len());
            prop_assert!(s.blocks == 0 || s.suggested != Determination::Consensus);
        }
    }
}

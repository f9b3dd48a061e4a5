//! MAG evaluation (and travel support's, which reuses it): who may evaluate what (conflicts of interest), the optimal assignment of evaluators,
//! scores and their normalisation, and the suggested balanced selection.

pub mod assignment;
pub mod disclosure;
pub mod flow;
pub mod queue;
pub mod scores;
pub mod selection;

use serde::Serialize;

/// A MAG member as the assignment sees them.
#[derive(Debug, Clone, Default)]
pub struct Evaluator {
    pub id: i64,
    pub stakeholder_group: String,
    pub organization_id: Option<i64>,
    /// The themes (ids) the member's issue area covers.
    pub issue_areas: Vec<String>,
    /// The member's country (ISO code; empty when unknown), for calls that exclude evaluators of the same country.
    pub country: String,
}

/// A screened proposal as the assignment sees it.
#[derive(Debug, Clone, Default)]
pub struct Reviewable {
    pub id: i64,
    pub theme: String,
    /// Participants listed on it: proposer, organizers' contacts, speakers, moderators, rapporteur.
    pub people: Vec<i64>,
    /// Organizations of the proposer and co-organizers.
    pub organizations: Vec<i64>,
    /// Countries whose evaluators may not evaluate it (a travel-support application whose call excludes evaluators
    /// of the applicant's country); empty for workshop proposals.
    pub countries: Vec<String>,
}

vocabulary! {
    /// Why a MAG member may not evaluate a proposal (IGF 2021 evaluation FAQ).
    ConflictReason {
        ListedOnProposal = "listed-on-proposal",
        SameOrganization = "same-organization",
        Declared = "declared",
        SameCountry = "same-country",
    }
}

/// The conflict between an evaluator and a proposal, if any; `declared` holds (evaluator, proposal) pairs the
/// members declared themselves.
pub fn conflict(evaluator: &Evaluator, proposal: &Reviewable, declared: &[(i64, i64)]) -> Option<ConflictReason> {
    if proposal.people.contains(&evaluator.id) {
        return Some(ConflictReason::ListedOnProposal);
    }
    if evaluator.organization_id.is_some_and(|o| proposal.organizations.contains(&o)) {
        return Some(ConflictReason::SameOrganization);
    }
    if !evaluator.country.is_empty() && proposal.countries.iter().any(|c| c.eq_ignore_ascii_case(&evaluator.country)) {
        return Some(ConflictReason::SameCountry);
    }
    if declared.contains(&(evaluator.id, proposal.id)) {
        return Some(ConflictReason::Declared);
    }
    None
}

/// One evaluator on one proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Pair {
    pub proposal: i64,
    pub evaluator: i64,
}

//! Travel support (fellowships): a call per cycle whose settings are part of the cycle's rules ([`TravelRules`]),
//! eligibility as rules with reasons a person can read, partial requests (ticket, per diem, visa costs), the
//! selection within the budget under the priorities, what each priority costs, the report after the meeting, and
//! statistics that are aggregates only.
//!
//! The selection is exact: a 0/1 knapsack on whole dollars solved by branch and bound with the Dantzig bound
//! (items in order of value per dollar; a node is cut only when even the fractional filling of what is left
//! cannot beat the best selection found), with a dynamic programme over the dollars as a fallback when the search
//! grows beyond a node budget. Both are checked against brute force on small instances.

use crate::people::{self, DevelopmentStatus, Gender, UnRegionalGroup};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

vocabulary! {
    /// The active contribution an applicant names: speaking or organizing at the meeting, or a MAG or NRI role.
    Contribution {
        Speaker = "speaker",
        Organizer = "organizer",
        Mag = "mag",
        Nri = "nri",
    }
}

vocabulary! {
    /// Where an application stands.
    Status {
        // Saved; the recommender may have been mailed, the application is not yet submitted.
        Draft = "draft",
        Submitted = "submitted",
        // Passed screening: every rule holds.
        Eligible = "eligible",
        // Failed screening; the rules it failed are kept with it.
        Ineligible = "ineligible",
    }
}

vocabulary! {
    /// The rules of the call, each with its sentence in the catalogs (`travel-rule-<code>`).
    Rule {
        // The call is open: between its opening and closing dates.
        Open = "open",
        // The applicant's country is an LDC, LLDC or SIDS, or one of the call's listed economies.
        Country = "country",
        // The applicant names an active contribution.
        Contribution = "contribution",
        // Someone recommends the applicant and confirmed it from the mailed link.
        Recommendation = "recommendation",
        // A request for at least one of ticket, per diem and visa costs, within the call's ceiling.
        Request = "request",
        // Funded by an earlier call, the applicant filed the report that call asked for.
        PreviousReport = "previous-report",
    }
}

vocabulary! {
    /// The priorities of the selection, each a number of points on top of the merit (0 switches it off).
    Priority {
        FirstTimer = "first-timer",
        PartialRequest = "partial-request",
        GenderBalance = "gender-balance",
        RegionBalance = "region-balance",
    }
}

/// The call's settings, part of each cycle's rules. Dates are Unix seconds; 0 means not set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TravelRules {
    pub opens_at: i64,
    pub closes_at: i64,
    /// The budget in whole US dollars.
    pub budget_usd: u32,
    /// The largest total one application may request.
    pub max_request_usd: u32,
    /// Economies eligible besides the LDC, LLDC and SIDS lists (ISO codes).
    pub listed_economies: Vec<String>,
    /// Points added to the merit (0 to 100) of first-time participants.
    pub first_timer_points: u32,
    /// Points added to applications asking for part of the costs only (not all of ticket, per diem and visa).
    pub partial_request_points: u32,
    /// Points added to applicants whose gender is not the most represented among the eligible applications.
    pub gender_balance_points: u32,
    /// Points added to applicants whose UN regional group is below an even share of the eligible applications.
    pub region_balance_points: u32,
    /// Evaluators of the applicant's country may not evaluate the application.
    pub exclude_same_country: bool,
    pub evaluators_per_application: u32,
    /// The funded file their report by this date.
    pub report_due_at: i64,
}

impl Default for TravelRules {
    fn default() -> Self {
        TravelRules {
            opens_at: 0,
            closes_at: 0,
            budget_usd: 150_000,
            max_request_usd: 5_000,
            listed_economies: Vec::new(),
            first_timer_points: 10,
            partial_request_points: 5,
            gender_balance_points: 10,
            region_balance_points: 10,
            exclude_same_country: true,
            evaluators_per_application: 2,
            report_due_at: 0,
        }
    }
}

impl TravelRules {
    pub fn points(&self, priority: Priority) -> u32 {
        match priority {
            Priority::FirstTimer => self.first_timer_points,
            Priority::PartialRequest => self.partial_request_points,
            Priority::GenderBalance => self.gender_balance_points,
            Priority::RegionBalance => self.region_balance_points,
        }
    }

    /// The same rules with one priority switched off.
    pub fn without(&self, priority: Priority) -> TravelRules {
        let mut rules = self.clone();
        match priority {
            Priority::FirstTimer => rules.first_timer_points = 0,
            Priority::PartialRequest => rules.partial_request_points = 0,
            Priority::GenderBalance => rules.gender_balance_points = 0,
            Priority::RegionBalance => rules.region_balance_points = 0,
        }
        rules
    }

    pub fn is_open(&self, now: i64) -> bool {
        self.opens_at > 0 && self.closes_at > 0 && now >= self.opens_at && now < self.closes_at
    }

    /// The settings' problems, as translation keys' suffixes.
    pub fn problems(&self) -> Vec<&'static str> {
        let mut problems = Vec::new();
        if self.opens_at > 0 && self.closes_at > 0 && self.closes_at <= self.opens_at {
            problems.push("travel-dates");
        }
        if self.evaluators_per_application == 0 || self.evaluators_per_application > 10 {
            problems.push("travel-evaluators");
        }
        if self.listed_economies.iter().any(|c| people::country(c).is_none()) {
            problems.push("travel-economies");
        }
        problems
    }
}

/// What an applicant asks for, in whole US dollars.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Request {
    pub ticket_usd: u32,
    pub per_diem_usd: u32,
    pub visa_usd: u32,
}

impl Request {
    pub fn total(&self) -> u32 {
        self.ticket_usd.saturating_add(self.per_diem_usd).saturating_add(self.visa_usd)
    }

    /// Asks for part of the costs: at least one of the three is not requested.
    pub fn is_partial(&self) -> bool {
        self.total() > 0 && (self.ticket_usd == 0 || self.per_diem_usd == 0 || self.visa_usd == 0)
    }
}

/// What the rules look at about one application.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// ISO code of the applicant's country.
    pub country: String,
    pub contribution: Option<Contribution>,
    pub recommendation_confirmed: bool,
    pub request: Request,
    /// Funded by an earlier call without filing its report.
    pub report_missing: bool,
}

/// A rule that does not hold, with what its sentence names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub rule: Rule,
    /// The value the sentence names: the country's code, the ceiling in dollars; empty otherwise.
    pub detail: String,
}

impl Failure {
    fn new(rule: Rule, detail: impl Into<String>) -> Failure {
        Failure { rule, detail: detail.into() }
    }

    /// The translation key of the sentence.
    pub fn key(&self) -> String {
        format!("travel-rule-{}", self.rule.code())
    }
}

/// Whether a country is eligible, and why: its UN lists, or the call's listed economies.
pub fn country_eligible(iso2: &str, rules: &TravelRules) -> bool {
    let Some(country) = people::country(iso2) else { return false };
    country.is_developing() || rules.listed_economies.iter().any(|c| c.eq_ignore_ascii_case(country.iso2))
}

/// The rules an application must meet to be submitted (all but the call's dates and the previous report, which
/// the caller and screening check): its country, the contribution, a confirmed recommendation, a request.
pub fn check_application(facts: &Facts, rules: &TravelRules) -> Vec<Failure> {
    let mut failures = Vec::new();
    if !country_eligible(&facts.country, rules) {
        failures.push(Failure::new(Rule::Country, facts.country.to_ascii_uppercase()));
    }
    if facts.contribution.is_none() {
        failures.push(Failure::new(Rule::Contribution, ""));
    }
    if !facts.recommendation_confirmed {
        failures.push(Failure::new(Rule::Recommendation, ""));
    }
    if facts.request.total() == 0 || facts.request.total() > rules.max_request_usd {
        failures.push(Failure::new(Rule::Request, rules.max_request_usd.to_string()));
    }
    failures
}

/// Screening: every rule, the previous call's report among them.
pub fn screen(facts: &Facts, rules: &TravelRules) -> Vec<Failure> {
    let mut failures = check_application(facts, rules);
    if facts.report_missing {
        failures.push(Failure::new(Rule::PreviousReport, ""));
    }
    failures
}

/// A draft saved before the recommendation is confirmed is checked on what it already can be: the call open, the
/// country, the request. The first refusal, so the form names one rule at a time.
pub fn check_draft(facts: &Facts, rules: &TravelRules, now: i64) -> Result<(), Failure> {
    if !rules.is_open(now) {
        return Err(Failure::new(Rule::Open, ""));
    }
    check_application(facts, rules).into_iter().find(|f| matches!(f.rule, Rule::Country | Rule::Request)).map_or(Ok(()), Err)
}

/// Submission: the call open and every rule of [`check_application`]; the first that fails.
pub fn check_submission(facts: &Facts, rules: &TravelRules, now: i64) -> Result<(), Failure> {
    if !rules.is_open(now) {
        return Err(Failure::new(Rule::Open, ""));
    }
    check_application(facts, rules).into_iter().next().map_or(Ok(()), Err)
}

/// One eligible, scored application as the selection sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub id: i64,
    /// The amount requested, in whole dollars (more than 0).
    pub amount_usd: u32,
    /// The evaluators' normalised score on the 0–100 scale.
    pub merit: u32,
    pub first_time: bool,
    pub partial: bool,
    pub gender: Option<Gender>,
    pub region: UnRegionalGroup,
}

/// The genders that get the gender-balance points: every stated gender (not "prefer not to say") other than the
/// most represented one among the candidates.
fn balance_genders(candidates: &[Candidate]) -> Vec<Gender> {
    let mut counts: BTreeMap<Gender, usize> = BTreeMap::new();
    for g in candidates.iter().filter_map(|c| c.gender).filter(|g| *g != Gender::PreferNotToSay) {
        *counts.entry(g).or_insert(0) += 1;
    }
    let Some(most) = counts.iter().max_by_key(|(g, n)| (**n, std::cmp::Reverse(**g))).map(|(g, _)| *g) else { return Vec::new() };
    [Gender::Female, Gender::Male, Gender::NonBinary].into_iter().filter(|g| *g != most).collect()
}

/// The regional groups that get the region-balance points: those below an even share of the candidates among the
/// groups present.
fn balance_regions(candidates: &[Candidate]) -> Vec<UnRegionalGroup> {
    let mut counts: BTreeMap<UnRegionalGroup, usize> = BTreeMap::new();
    for c in candidates {
        *counts.entry(c.region).or_insert(0) += 1;
    }
    let present = counts.len().max(1);
    counts.into_iter().filter(|(_, n)| n * present < candidates.len()).map(|(g, _)| g).collect()
}

/// Each candidate's value under the rules: merit plus the points of every priority that applies, with the
/// priorities that applied.
pub fn values(candidates: &[Candidate], rules: &TravelRules) -> Vec<(i64, Vec<Priority>)> {
    let genders = balance_genders(candidates);
    let regions = balance_regions(candidates);
    candidates
        .iter()
        .map(|c| {
            let mut applied = Vec::new();
            if c.first_time {
                applied.push(Priority::FirstTimer);
            }
            if c.partial {
                applied.push(Priority::PartialRequest);
            }
            if c.gender.is_some_and(|g| genders.contains(&g)) {
                applied.push(Priority::GenderBalance);
            }
            if regions.contains(&c.region) {
                applied.push(Priority::RegionBalance);
            }
            let points: u32 = applied.iter().map(|p| rules.points(*p)).sum();
            (i64::from(c.merit) + i64::from(points), applied.into_iter().filter(|p| rules.points(*p) > 0).collect())
        })
        .collect()
}

/// A selection: the ids funded, in order, what they cost and the sum of their values.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Selection {
    pub ids: Vec<i64>,
    pub amount_usd: u64,
    pub value: i64,
    /// The sum of the merit of the funded (their points left out).
    pub merit: i64,
    /// The LP relaxation's bound (the best a fractional selection could reach): the value is within it.
    pub bound: i64,
    /// How the optimum was proved: "branch-and-bound" or "dynamic-programme".
    pub method: &'static str,
}

/// The best set of items (weights in dollars, integer values) whose weights fit the capacity: indices, sorted.
/// Exact. Items of value 0 or less, or heavier than the capacity, are never taken.
pub fn knapsack(weights: &[u32], values: &[i64], capacity: u64) -> (Vec<usize>, &'static str) {
    branch_and_bound(weights, values, capacity, 2_000_000)
        .map(|taken| (taken, "branch-and-bound"))
        .unwrap_or_else(|| (dynamic_programme(weights, values, capacity), "dynamic-programme"))
}

/// The LP relaxation's optimum (floor): items by value per dollar, the last one in part.
pub fn lp_bound(weights: &[u32], values: &[i64], capacity: u64) -> i64 {
    let order = by_density(weights, values, capacity);
    let (mut room, mut total) = (capacity as i128, 0i128);
    for i in order {
        let (w, v) = (i128::from(weights[i]), i128::from(values[i]));
        if w <= room {
            room -= w;
            total += v;
        } else {
            total += v * room / w;
            break;
        }
    }
    total as i64
}

/// The items worth considering, by value per dollar, best first (ties: lighter, then lower index).
fn by_density(weights: &[u32], values: &[i64], capacity: u64) -> Vec<usize> {
    let mut order: Vec<usize> =
        (0..weights.len()).filter(|&i| values[i] > 0 && weights[i] > 0 && u64::from(weights[i]) <= capacity).collect();
    order.sort_by(|&a, &b| {
        let left = i128::from(values[a]) * i128::from(weights[b]);
        let right = i128::from(values[b]) * i128::from(weights[a]);
        right.cmp(&left).then(weights[a].cmp(&weights[b])).then(a.cmp(&b))
    });
    order
}

/// Depth-first branch and bound; `None` when it visits more than `node_budget` nodes.
pub fn branch_and_bound(weights: &[u32], values: &[i64], capacity: u64, node_budget: u64) -> Option<Vec<usize>> {
    let order = by_density(weights, values, capacity);
    let n = order.len();
    let w: Vec<i128> = order.iter().map(|&i| i128::from(weights[i])).collect();
    let v: Vec<i128> = order.iter().map(|&i| i128::from(values[i])).collect();
    // Prefix sums, to compute the Dantzig bound of a node in O(log n).
    let mut pw = vec![0i128; n + 1];
    let mut pv = vec![0i128; n + 1];
    for k in 0..n {
        pw[k + 1] = pw[k] + w[k];
        pv[k + 1] = pv[k] + v[k];
    }
    let bound = |i: usize, room: i128| -> i128 {
        // The last k such that items i..k all fit.
        let limit = pw[i] + room;
        let k = pw.partition_point(|&x| x <= limit) - 1;
        let k = k.max(i);
        let mut b = pv[k] - pv[i];
        if k < n {
            b += v[k] * (limit - pw[k]) / w[k];
        }
        b
    };
    struct Search<'a> {
        w: &'a [i128],
        v: &'a [i128],
        taken: Vec<bool>,
        best: i128,
        best_taken: Vec<bool>,
        nodes: u64,
        budget: u64,
    }
    fn visit(s: &mut Search<'_>, bound: &dyn Fn(usize, i128) -> i128, i: usize, room: i128, value: i128) -> bool {
        s.nodes += 1;
        if s.nodes > s.budget {
            return false;
        }
        if value > s.best {
            s.best = value;
            s.best_taken.clone_from(&s.taken);
        }
        if i == s.w.len() || value + bound(i, room) <= s.best {
            return true;
        }
        if s.w[i] <= room {
            s.taken[i] = true;
            let ok = visit(s, bound, i + 1, room - s.w[i], value + s.v[i]);
            s.taken[i] = false;
            if !ok {
                return false;
            }
        }
        visit(s, bound, i + 1, room, value)
    }
    // Greedy start: a good incumbent prunes from the first node.
    let mut search = Search { w: &w, v: &v, taken: vec![false; n], best: 0, best_taken: vec![false; n], nodes: 0, budget: node_budget };
    let mut room = capacity as i128;
    for k in 0..n {
        if w[k] <= room {
            room -= w[k];
            search.best += v[k];
            search.best_taken[k] = true;
        }
    }
    if !visit(&mut search, &bound, 0, capacity as i128, 0) {
        return None;
    }
    let mut taken: Vec<usize> = (0..n).filter(|&k| search.best_taken[k]).map(|k| order[k]).collect();
    taken.sort_unstable();
    Some(taken)
}

/// The dynamic programme over whole dollars: exact, in time items × capacity and a bit per item and dollar.
pub fn dynamic_programme(weights: &[u32], values: &[i64], capacity: u64) -> Vec<usize> {
    let items: Vec<usize> = (0..weights.len()).filter(|&i| values[i] > 0 && weights[i] > 0 && u64::from(weights[i]) <= capacity).collect();
    let cap = usize::try_from(capacity.min(items.iter().map(|&i| u64::from(weights[i])).sum())).unwrap_or(usize::MAX);
    let mut best = vec![0i64; cap + 1];
    let mut chose = vec![vec![0u64; (cap + 1).div_ceil(64)]; items.len()];
    for (row, &i) in items.iter().enumerate() {
        let w = weights[i] as usize;
        for c in (w..=cap).rev() {
            let with = best[c - w] + values[i];
            if with > best[c] {
                best[c] = with;
                chose[row][c / 64] |= 1 << (c % 64);
            }
        }
    }
    let mut taken = Vec::new();
    let mut c = cap;
    for (row, &i) in items.iter().enumerate().rev() {
        if chose[row][c / 64] & (1 << (c % 64)) != 0 {
            taken.push(i);
            c -= weights[i] as usize;
        }
    }
    taken.sort_unstable();
    taken
}

/// The selection within the budget that maximises merit plus the priorities' points.
pub fn select(candidates: &[Candidate], rules: &TravelRules, budget_usd: u64) -> Selection {
    let values = values(candidates, rules);
    let weights: Vec<u32> = candidates.iter().map(|c| c.amount_usd).collect();
    let value_of: Vec<i64> = values.iter().map(|(v, _)| *v).collect();
    let (taken, method) = knapsack(&weights, &value_of, budget_usd);
    Selection {
        ids: taken.iter().map(|&i| candidates[i].id).collect(),
        amount_usd: taken.iter().map(|&i| u64::from(weights[i])).sum(),
        value: taken.iter().map(|&i| value_of[i]).sum(),
        merit: taken.iter().map(|&i| i64::from(candidates[i].merit)).sum(),
        bound: lp_bound(&weights, &value_of, budget_usd),
        method,
    }
}

/// What one priority does to the selection: who it brings in and who it leaves out, and what it costs: the points
/// of merit and of the other priorities given up for it (the selection without it, scored without it, less the
/// selection with it, scored the same way; 0 or more, as the selection without it is the best by that score).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PriorityEffect {
    pub priority: Priority,
    pub points: u32,
    pub brings_in: Vec<i64>,
    pub leaves_out: Vec<i64>,
    pub cost_points: i64,
    /// The funded it applies to.
    pub funded_with: usize,
}

/// What the budget buys and what each priority costs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub selection: Selection,
    pub budget_usd: u64,
    pub requested_usd: u64,
    /// How many the budget funds, and how many 10% more would.
    pub funded: usize,
    pub funded_with_ten_percent_more: usize,
    pub priorities: Vec<PriorityEffect>,
}

pub fn analyse(candidates: &[Candidate], rules: &TravelRules) -> Analysis {
    let budget = u64::from(rules.budget_usd);
    let selection = select(candidates, rules, budget);
    let more = select(candidates, rules, budget + budget / 10);
    let applied = values(candidates, rules);
    let priorities = Priority::ALL
        .iter()
        .filter(|p| rules.points(**p) > 0)
        .map(|&priority| {
            let other_rules = rules.without(priority);
            let without = select(candidates, &other_rules, budget);
            let scored = values(candidates, &other_rules);
            let with_scored: i64 = candidates.iter().zip(&scored).filter(|(c, _)| selection.ids.contains(&c.id)).map(|(_, (v, _))| v).sum();
            PriorityEffect {
                priority,
                points: rules.points(priority),
                brings_in: selection.ids.iter().copied().filter(|id| !without.ids.contains(id)).collect(),
                leaves_out: without.ids.iter().copied().filter(|id| !selection.ids.contains(id)).collect(),
                cost_points: without.value - with_scored,
                funded_with: candidates
                    .iter()
                    .zip(&applied)
                    .filter(|(c, (_, ps))| selection.ids.contains(&c.id) && ps.contains(&priority))
                    .count(),
            }
        })
        .collect();
    Analysis {
        funded: selection.ids.len(),
        funded_with_ten_percent_more: more.ids.len(),
        requested_usd: candidates.iter().map(|c| u64::from(c.amount_usd)).sum(),
        budget_usd: budget,
        selection,
        priorities,
    }
}

/// The evaluators' normalised score (on the call's scale) as merit on 0–100.
pub fn merit(normalised: f64, score_min: u32, score_max: u32) -> u32 {
    let span = f64::from(score_max.saturating_sub(score_min)).max(1.0);
    (((normalised - f64::from(score_min)) / span) * 100.0).round().clamp(0.0, 100.0) as u32
}

/// A selection may be staged or published only within the budget: the amount, or by how much it is over.
pub fn within_budget(amount_usd: u64, budget_usd: u64) -> Result<u64, u64> {
    if amount_usd <= budget_usd { Ok(budget_usd - amount_usd) } else { Err(amount_usd - budget_usd) }
}

/// Whether a funded person's report is overdue.
pub fn report_overdue(report_due_at: i64, filed: bool, now: i64) -> bool {
    !filed && report_due_at > 0 && now >= report_due_at
}

/// One person in the statistics: who applied and whether funded.
#[derive(Debug, Clone)]
pub struct Counted {
    pub country: String,
    pub stakeholder_group: String,
    pub gender: String,
    pub funded: bool,
}

/// One line of the statistics: a category's code, how many applied and how many were funded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub code: String,
    pub applied: u32,
    pub funded: u32,
}

/// Aggregates by UN regional group, stakeholder group, gender and development status. Counts only: nothing about a
/// person. A country on two lists (an LDC that is landlocked) counts under each; one on none under "not-listed".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Statistics {
    pub applied: u32,
    pub funded: u32,
    pub by_region: Vec<Tally>,
    pub by_group: Vec<Tally>,
    pub by_gender: Vec<Tally>,
    pub by_development: Vec<Tally>,
}

pub fn statistics(people: &[Counted]) -> Statistics {
    fn tally(map: &mut BTreeMap<String, (u32, u32)>, code: &str, funded: bool) {
        let entry = map.entry(code.to_string()).or_insert((0, 0));
        entry.0 += 1;
        entry.1 += u32::from(funded);
    }
    let (mut region, mut group, mut gender, mut development) = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
    for p in people {
        let country = people::country(&p.country);
        tally(&mut region, country.map_or(UnRegionalGroup::NoGroup, |c| c.un_regional_group).code(), p.funded);
        tally(&mut group, if p.stakeholder_group.is_empty() { "unknown" } else { &p.stakeholder_group }, p.funded);
        tally(&mut gender, if Gender::from_code(&p.gender).is_some() { &p.gender } else { "prefer-not-to-say" }, p.funded);
        let statuses = country.map(|c| c.development_statuses()).unwrap_or_default();
        if statuses.is_empty() {
            tally(&mut development, DevelopmentStatus::NotListed.code(), p.funded);
        }
        for s in statuses {
            tally(&mut development, s.code(), p.funded);
        }
    }
    let lines =
        |map: BTreeMap<String, (u32, u32)>| map.into_iter().map(|(code, (applied, funded))| Tally { code, applied, funded }).collect();
    Statistics {
        applied: people.len() as u32,
        funded: people.iter().filter(|p| p.funded).count() as u32,
        by_region: lines(region),
        by_group: lines(group),
        by_gender: lines(gender),
        by_development: lines(development),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn open_rules() -> TravelRules {
        TravelRules { opens_at: 100, closes_at: 200, ..TravelRules::default() }
    }

    fn facts(country: &str) -> Facts {
        Facts {
            country: country.into(),
            contribution: Some(Contribution::Speaker),
            recommendation_confirmed: true,
            request: Request { ticket_usd: 1200, per_diem_usd: 600, visa_usd: 0 },
            report_missing: false,
        }
    }

    #[test]
    fn each_rule_names_itself() {
        let rules = open_rules();
        assert_eq!(check_submission(&facts("NP"), &rules, 150), Ok(()), "Nepal: LDC and LLDC");
        assert_eq!(check_submission(&facts("FJ"), &rules, 150), Ok(()), "Fiji: SIDS");
        let refused = check_submission(&facts("FR"), &rules, 150).unwrap_err();
        assert_eq!(refused, Failure { rule: Rule::Country, detail: "FR".into() });
        assert_eq!(refused.key(), "travel-rule-country");
        let listed = TravelRules { listed_economies: vec!["KE".into()], ..open_rules() };
        assert!(!country_eligible("KE", &rules) && country_eligible("KE", &listed), "Kenya only when listed");
        assert_eq!(check_submission(&facts("NP"), &rules, 200).unwrap_err().rule, Rule::Open);
        assert_eq!(check_submission(&facts("NP"), &rules, 99).unwrap_err().rule, Rule::Open);
        let unconfirmed = Facts { recommendation_confirmed: false, ..facts("NP") };
        assert_eq!(check_submission(&unconfirmed, &rules, 150).unwrap_err().rule, Rule::Recommendation);
        assert_eq!(check_draft(&unconfirmed, &rules, 150), Ok(()), "a draft waits for the recommendation");
        let nothing = Facts { contribution: None, ..facts("NP") };
        assert_eq!(check_submission(&nothing, &rules, 150).unwrap_err().rule, Rule::Contribution);
        let empty = Facts { request: Request::default(), ..facts("NP") };
        assert_eq!(check_draft(&empty, &rules, 150).unwrap_err().rule, Rule::Request);
        let big = Facts { request: Request { ticket_usd: 5000, per_diem_usd: 1, visa_usd: 0 }, ..facts("NP") };
        assert_eq!(check_draft(&big, &rules, 150).unwrap_err(), Failure { rule: Rule::Request, detail: "5000".into() });
        let missing = Facts { report_missing: true, ..facts("NP") };
        assert_eq!(screen(&missing, &rules).iter().map(|f| f.rule).collect::<Vec<_>>(), [Rule::PreviousReport]);
        assert_eq!(screen(&Facts { country: "DE".into(), ..missing }, &rules).len(), 2, "screening lists every failure");
        assert!(Request { ticket_usd: 1, per_diem_usd: 1, visa_usd: 0 }.is_partial());
        assert!(!Request { ticket_usd: 1, per_diem_usd: 1, visa_usd: 1 }.is_partial());
        assert_eq!(TravelRules { listed_economies: vec!["XX".into()], ..open_rules() }.problems(), ["travel-economies"]);
    }

    fn candidate(id: i64, amount: u32, merit: u32) -> Candidate {
        Candidate { id, amount_usd: amount, merit, first_time: false, partial: false, gender: None, region: UnRegionalGroup::African }
    }

    #[test]
    fn the_selection_stays_within_the_budget_and_priorities_show_their_cost() {
        let mut cands = vec![candidate(1, 3000, 90), candidate(2, 2000, 70), candidate(3, 2000, 65), candidate(4, 1000, 15)];
        let rules = TravelRules {
            budget_usd: 5000,
            first_timer_points: 0,
            partial_request_points: 0,
            gender_balance_points: 0,
            region_balance_points: 0,
            ..TravelRules::default()
        };
        let s = select(&cands, &rules, 5000);
        assert_eq!(s.ids, [1, 2], "90 + 70 beats 70 + 65 + 15");
        assert!(s.amount_usd <= 5000 && s.value <= s.bound);
        cands[2].first_time = true;
        let with = TravelRules { first_timer_points: 30, ..rules.clone() };
        let analysis = analyse(&cands, &with);
        assert_eq!(analysis.selection.ids, [1, 3], "90 + 95 beats 70 + 95 + 15");
        let effect = &analysis.priorities[0];
        assert_eq!(effect.priority, Priority::FirstTimer);
        assert_eq!((effect.brings_in.as_slice(), effect.leaves_out.as_slice()), ([3].as_slice(), [2].as_slice()));
        assert_eq!(effect.cost_points, 160 - 155, "five points of merit given up");
        assert_eq!(effect.funded_with, 1);
        assert_eq!(analysis.funded_with_ten_percent_more, 2);
        assert_eq!(within_budget(5000, 5000), Ok(0));
        assert_eq!(within_budget(5001, 5000), Err(1));
    }

    #[test]
    fn balance_points_go_to_the_less_represented() {
        let mut cands: Vec<Candidate> = (0..5).map(|i| candidate(i, 100, 50)).collect();
        for c in &mut cands[..3] {
            c.gender = Some(Gender::Male);
        }
        cands[3].gender = Some(Gender::Female);
        cands[4].region = UnRegionalGroup::AsiaPacific;
        let applied = values(&cands, &TravelRules::default());
        assert!(!applied[0].1.contains(&Priority::GenderBalance));
        assert!(applied[3].1.contains(&Priority::GenderBalance));
        assert!(applied[4].1.contains(&Priority::RegionBalance) && !applied[0].1.contains(&Priority::RegionBalance));
        assert_eq!(merit(5.0, 1, 5), 100);
        assert_eq!(merit(3.0, 1, 5), 50);
        assert!(report_overdue(10, false, 10) && !report_overdue(10, true, 11) && !report_overdue(0, false, 11));
    }

    #[test]
    fn statistics_are_counts() {
        let p = |country: &str, gender: &str, funded| Counted {
            country: country.into(),
            stakeholder_group: "civil-society".into(),
            gender: gender.into(),
            funded,
        };
        let s = statistics(&[p("NP", "female", true), p("FJ", "male", false), p("KE", "", false)]);
        assert_eq!((s.applied, s.funded), (3, 1));
        let dev = |code: &str| s.by_development.iter().find(|t| t.code == code).cloned();
        assert_eq!(dev("ldc"), Some(Tally { code: "ldc".into(), applied: 1, funded: 1 }));
        assert_eq!(dev("lldc").map(|t| t.applied), Some(1));
        assert_eq!(dev("sids").map(|t| t.applied), Some(1));
        assert_eq!(dev("not-listed").map(|t| t.applied), Some(1));
        assert_eq!(s.by_gender.iter().map(|t| t.applied).sum::<u32>(), 3);
    }

    fn brute_force(weights: &[u32], values: &[i64], capacity: u64) -> i64 {
        (0u32..(1 << weights.len()))
            .filter_map(|mask| {
                let chosen = (0..weights.len()).filter(|i| mask & (1 << i) != 0);
                let w: u64 = chosen.clone().map(|i| u64::from(weights[i])).sum();
                (w <= capacity).then(|| chosen.map(|i| values[i].max(0)).sum::<i64>())
            })
            .max()
            .unwrap_or(0)
    }

    fn value_of(taken: &[usize], values: &[i64]) -> i64 {
        taken.iter().map(|&i| values[i]).sum()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// On small instances both exact solvers reach the best of every subset, within the capacity, and the LP
        /// bound is never below it.
        #[test]
        fn the_solvers_match_brute_force(items in proptest::collection::vec((1u32..60, -5i64..40), 0..12), capacity in 0u64..200) {
            let weights: Vec<u32> = items.iter().map(|(w, _)| *w).collect();
            let values: Vec<i64> = items.iter().map(|(_, v)| *v).collect();
            let best = brute_force(&weights, &values, capacity);
            let bb = branch_and_bound(&weights, &values, capacity, u64::MAX).expect("no node budget");
            let dp = dynamic_programme(&weights, &values, capacity);
            for taken in [&bb, &dp] {
                prop_assert!(taken.iter().map(|&i| u64::from(weights[i])).sum::<u64>() <= capacity);
                prop_assert_eq!(value_of(taken, &values), best);
            }
            prop_assert!(lp_bound(&weights, &values, capacity) >= best);
            let (taken, _) = knapsack(&weights, &values, capacity);
            prop_assert_eq!(value_of(&taken, &values), best);
            // A search that runs out of nodes says so (and `knapsack` then runs the programme): what it does
            // answer within a budget of one node is optimal too (the greedy start proved optimal by the bound).
            if let Some(taken) = branch_and_bound(&weights, &values, capacity, 1) {
                prop_assert_eq!(value_of(&taken, &values), best);
            }
        }

        /// A priority's cost is 0 or more (the selection without it is the best without it), and the budget holds.
        #[test]
        fn priorities_cost_merit_never_budget(
            cands in proptest::collection::vec((1u32..50, 0u32..100, any::<bool>(), any::<bool>(), 0usize..3), 1..10),
            budget in 1u32..150,
        ) {
            let regions = [UnRegionalGroup::African, UnRegionalGroup::AsiaPacific, UnRegionalGroup::LatinAmericanCaribbean];
            let candidates: Vec<Candidate> = cands.iter().enumerate().map(|(i, (a, m, f, p, r))| Candidate {
                id: i as i64, amount_usd: *a, merit: *m, first_time: *f, partial: *p,
                gender: Some(if i % 3 == 0 { Gender::Female } else { Gender::Male }), region: regions[*r],
            }).collect();
            let rules = TravelRules { budget_usd: budget, ..TravelRules::default() };
            let analysis = analyse(&candidates, &rules);
            prop_assert!(analysis.selection.amount_usd <= u64::from(budget));
            for effect in &analysis.priorities {
                prop_assert!(effect.cost_points >= 0, "{:?}", effect);
            }
        }
    }
}

//! The IGF Village: the exhibition space where organizations show their work at the annual meeting. An
//! organization applies for a booth (who it is, what it will show, what it needs); the Secretariat stages its
//! selection, reviews it and publishes it (each applicant mailed once); selected exhibitors are allocated to numbered
//! booths on a floor plan the Secretariat lays out as a grid of rows and columns, some cells marked unusable
//! (a pillar, a door, the catering). A booth's number is its cell's, counted row by row from the top left, so
//! marking a cell unusable does not renumber the others.

use crate::people::StakeholderGroup;
use serde::Serialize;

vocabulary! {
    /// What an exhibitor may need at its booth.
    Need {
        Power = "power",
        Screen = "screen",
        Internet = "wired-internet",
        Furniture = "furniture",
        Storage = "storage",
        StepFree = "step-free",
    }
}

vocabulary! {
    /// Where an application stands. Submitted → selected or declined, when the selection is published.
    Status {
        Submitted = "submitted",
        Selected = "selected",
        Declined = "declined",
    }
}

pub const DESCRIPTION_MAX_CHARS: usize = 2000;

/// Why an application is refused (the field's name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationRefused {
    Field(&'static str),
    /// The meeting is over, or its dates are not set.
    Closed,
}

/// What an organization sends.
#[derive(Debug, Clone)]
pub struct Application<'a> {
    pub organization: &'a str,
    pub stakeholder_group: &'a str,
    pub description: &'a str,
    pub needs: &'a [String],
}

/// Checks an application: open until the meeting ends; an organization of at most 200 characters; a stakeholder
/// group; a description of 20 to 2,000 characters (what visitors will find at the booth); needs from the list.
pub fn accept_application(application: &Application<'_>, meeting_end: Option<i64>, now: i64) -> Result<(), ApplicationRefused> {
    if meeting_end.is_none_or(|end| now >= end) {
        return Err(ApplicationRefused::Closed);
    }
    let organization = application.organization.trim();
    if organization.is_empty() || organization.chars().count() > 200 {
        return Err(ApplicationRefused::Field("organization"));
    }
    if StakeholderGroup::from_code(application.stakeholder_group).is_none() {
        return Err(ApplicationRefused::Field("stakeholder_group"));
    }
    let description = application.description.trim().chars().count();
    if !(20..=DESCRIPTION_MAX_CHARS).contains(&description) {
        return Err(ApplicationRefused::Field("description"));
    }
    if application.needs.iter().any(|n| Need::from_code(n).is_none()) {
        return Err(ApplicationRefused::Field("needs"));
    }
    Ok(())
}

/// Staging a decision: only on an application not yet decided, to selected or declined (or back to none).
pub fn may_stage(status: Status, to: Option<Status>) -> bool {
    status == Status::Submitted && to != Some(Status::Submitted)
}

/// The floor plan: a grid of `rows` × `columns` cells, the unusable ones listed by number.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FloorPlan {
    pub rows: u32,
    pub columns: u32,
    pub unusable: Vec<u32>,
}

/// One cell of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    pub number: u32,
    pub row: u32,
    pub column: u32,
    pub usable: bool,
}

/// Why a plan is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanRefused {
    /// Rows and columns each 1 to 30.
    Size,
    /// An unusable cell that is not on the plan.
    NotOnPlan { booth: u32, last: u32 },
    /// The new plan would leave an allocated booth out, or make it unusable.
    Allocated { booth: u32 },
}

pub const MAX_SIDE: u32 = 30;

impl FloorPlan {
    pub fn cells(&self) -> Vec<Cell> {
        (0..self.rows)
            .flat_map(|row| (0..self.columns).map(move |column| (row, column)))
            .map(|(row, column)| {
                let number = row * self.columns + column + 1;
                Cell { number, row, column, usable: !self.unusable.contains(&number) }
            })
            .collect()
    }

    pub fn last(&self) -> u32 {
        self.rows * self.columns
    }

    pub fn is_usable(&self, booth: u32) -> bool {
        (1..=self.last()).contains(&booth) && !self.unusable.contains(&booth)
    }

    pub fn usable_count(&self) -> usize {
        self.cells().iter().filter(|c| c.usable).count()
    }
}

/// "4, 12-14, 30" read into booth numbers (ranges inclusive); None when a part is not a number or range.
pub fn parse_numbers(text: &str) -> Option<Vec<u32>> {
    let mut numbers = Vec::new();
    for part in text.split([',', ' ', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b): (u32, u32) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
                if b < a || b - a > 1000 {
                    return None;
                }
                numbers.extend(a..=b);
            }
            None => numbers.push(part.parse().ok()?),
        }
    }
    numbers.sort_unstable();
    numbers.dedup();
    Some(numbers)
}

/// Checks a new plan against the booths already allocated.
pub fn check_plan(plan: &FloorPlan, allocated: &[u32]) -> Result<(), PlanRefused> {
    if !(1..=MAX_SIDE).contains(&plan.rows) || !(1..=MAX_SIDE).contains(&plan.columns) {
        return Err(PlanRefused::Size);
    }
    if let Some(&booth) = plan.unusable.iter().find(|b| **b == 0 || **b > plan.last()) {
        return Err(PlanRefused::NotOnPlan { booth, last: plan.last() });
    }
    if let Some(&booth) = allocated.iter().find(|b| !plan.is_usable(**b)) {
        return Err(PlanRefused::Allocated { booth });
    }
    Ok(())
}

/// Why a booth is not allocated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AllocationRefused {
    /// Only a published selection gets a booth.
    NotSelected,
    NotOnPlan {
        booth: u32,
        last: u32,
    },
    Unusable {
        booth: u32,
    },
    /// Another exhibitor has it (named).
    Taken {
        booth: u32,
        holder: String,
    },
}

/// Allocates `booth` to a selected application, given who holds which booth now (`(booth, holder, application)`).
pub fn allocate(
    plan: &FloorPlan,
    status: Status,
    application: i64,
    booth: u32,
    holders: &[(u32, String, i64)],
) -> Result<(), AllocationRefused> {
    if status != Status::Selected {
        return Err(AllocationRefused::NotSelected);
    }
    if booth == 0 || booth > plan.last() {
        return Err(AllocationRefused::NotOnPlan { booth, last: plan.last() });
    }
    if !plan.is_usable(booth) {
        return Err(AllocationRefused::Unusable { booth });
    }
    if let Some((_, holder, _)) = holders.iter().find(|(b, _, a)| *b == booth && *a != application) {
        return Err(AllocationRefused::Taken { booth, holder: holder.clone() });
    }
    Ok(())
}

/// Booths for the selected exhibitors still without one: the free usable booths in order, one each, as far as
/// they go; `(application, booth)`.
pub fn fill_in(plan: &FloorPlan, taken: &[u32], waiting: &[i64]) -> Vec<(i64, u32)> {
    let free = plan.cells().into_iter().filter(|c| c.usable && !taken.contains(&c.number)).map(|c| c.number);
    waiting.iter().copied().zip(free).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn applications_name_the_field_refused() {
        let needs = vec!["power".to_string(), "screen".to_string()];
        let ok = Application {
            organization: "Paradigm Initiative",
            stakeholder_group: "civil-society",
            description: "Digital rights clinics for journalists.",
            needs: &needs,
        };
        assert_eq!(accept_application(&ok, Some(100), 10), Ok(()));
        assert_eq!(accept_application(&ok, Some(100), 100), Err(ApplicationRefused::Closed));
        assert_eq!(accept_application(&ok, None, 1), Err(ApplicationRefused::Closed));
        let short = Application { description: "Booth", ..ok.clone() };
        assert_eq!(accept_application(&short, Some(100), 1), Err(ApplicationRefused::Field("description")));
        let odd = vec!["a pony".to_string()];
        assert_eq!(accept_application(&Application { needs: &odd, ..ok.clone() }, Some(100), 1), Err(ApplicationRefused::Field("needs")));
        assert_eq!(
            accept_application(&Application { stakeholder_group: "x", ..ok.clone() }, Some(100), 1),
            Err(ApplicationRefused::Field("stakeholder_group"))
        );
        assert!(may_stage(Status::Submitted, Some(Status::Selected)));
        assert!(may_stage(Status::Submitted, None));
        assert!(!may_stage(Status::Selected, Some(Status::Declined)), "a published decision stays");
    }

    #[test]
    fn the_plan_numbers_cells_row_by_row_and_keeps_numbers_when_one_is_unusable() {
        let plan = FloorPlan { rows: 5, columns: 9, unusable: vec![5, 14, 23, 32, 41] };
        assert_eq!(plan.usable_count(), 40);
        let cells = plan.cells();
        assert_eq!(cells[9], Cell { number: 10, row: 1, column: 0, usable: true });
        assert!(!plan.is_usable(14) && plan.is_usable(15) && !plan.is_usable(46) && !plan.is_usable(0));
        assert_eq!(parse_numbers("5, 14 23-24,\n41"), Some(vec![5, 14, 23, 24, 41]));
        assert_eq!(parse_numbers("five"), None);
        assert_eq!(parse_numbers("9-3"), None);
        assert_eq!(check_plan(&plan, &[1, 40]), Ok(()));
        assert_eq!(check_plan(&plan, &[14]), Err(PlanRefused::Allocated { booth: 14 }));
        assert_eq!(check_plan(&FloorPlan { rows: 0, ..plan.clone() }, &[]), Err(PlanRefused::Size));
        assert_eq!(check_plan(&FloorPlan { unusable: vec![50], ..plan.clone() }, &[]), Err(PlanRefused::NotOnPlan { booth: 50, last: 45 }));
        assert_eq!(check_plan(&FloorPlan { rows: 2, columns: 9, unusable: vec![5, 14] }, &[30]), Err(PlanRefused::Allocated { booth: 30 }));
    }

    #[test]
    fn a_booth_goes_to_one_selected_exhibitor() {
        let plan = FloorPlan { rows: 2, columns: 3, unusable: vec![2] };
        let holders = vec![(1, "APNIC".to_string(), 7)];
        assert_eq!(allocate(&plan, Status::Selected, 8, 3, &holders), Ok(()));
        assert_eq!(allocate(&plan, Status::Selected, 7, 1, &holders), Ok(()), "its own booth again");
        assert_eq!(allocate(&plan, Status::Selected, 8, 1, &holders), Err(AllocationRefused::Taken { booth: 1, holder: "APNIC".into() }));
        assert_eq!(allocate(&plan, Status::Selected, 8, 2, &holders), Err(AllocationRefused::Unusable { booth: 2 }));
        assert_eq!(allocate(&plan, Status::Selected, 8, 7, &holders), Err(AllocationRefused::NotOnPlan { booth: 7, last: 6 }));
        assert_eq!(allocate(&plan, Status::Submitted, 8, 3, &holders), Err(AllocationRefused::NotSelected));
        assert_eq!(fill_in(&plan, &[1], &[8, 9, 10, 11, 12]), vec![(8, 3), (9, 4), (10, 5), (11, 6)]);
    }

    proptest! {
        /// Filling in never gives a booth twice, never an unusable or taken one, and gives as many as it can.
        #[test]
        fn fill_in_gives_each_free_usable_booth_once(
            rows in 1u32..8, columns in 1u32..8, unusable in proptest::collection::vec(1u32..64, 0..10),
            taken in proptest::collection::vec(1u32..64, 0..10), waiting in 0usize..70,
        ) {
            let plan = FloorPlan { rows, columns, unusable };
            let taken: Vec<u32> = taken.into_iter().filter(|b| plan.is_usable(*b)).collect();
            let waiting: Vec<i64> = (0..waiting as i64).collect();
            let given = fill_in(&plan, &taken, &waiting);
            let mut booths: Vec<u32> = given.iter().map(|(_, b)| *b).collect();
            prop_assert!(booths.iter().all(|b| plan.is_usable(*b) && !taken.contains(b)));
            booths.sort_unstable();
            booths.dedup();
            prop_assert_eq!(booths.len(), given.len());
            let mut distinct_taken = taken.clone();
            distinct_taken.sort_unstable();
            distinct_taken.dedup();
            prop_assert_eq!(given.len(), waiting.len().min(plan.usable_count() - distinct_taken.len()));
        }
    }
}

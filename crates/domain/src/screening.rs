//! The Secretariat's screening queue: which outcome a screened proposal has, the filters and sorts of the queue,
//! its pages, and the one rule of an override (a reason is required, because it is recorded).

use serde::Serialize;

vocabulary! {
    /// Where a proposal stands in Stage-1 screening, as the queue filters it. `Passed` and `Failed` are the outcome
    /// that counts (an override included); `Overridden` is every proposal whose outcome the Secretariat decided.
    Outcome { Passed = "passed", Failed = "failed", Overridden = "overridden", NotScreened = "not-screened" }
}

vocabulary! {
    /// The orders of the screening queue.
    QueueSort { Id = "id", Title = "title", Outcome = "outcome" }
}

impl Outcome {
    /// Whether a proposal with this screening (`None`: not screened; else the checks' outcome and the override)
    /// is listed under this filter.
    pub fn matches(self, screened: Option<(bool, Option<bool>)>) -> bool {
        match (self, screened) {
            (Outcome::NotScreened, None) => true,
            (Outcome::Overridden, Some((_, Some(_)))) => true,
            (Outcome::Passed, Some((passed, overridden))) => overridden.unwrap_or(passed),
            (Outcome::Failed, Some((passed, overridden))) => !overridden.unwrap_or(passed),
            _ => false,
        }
    }
}

/// How many proposals the queue shows on one page.
pub const QUEUE_PAGE_SIZE: u32 = 50;

/// One page of a list: the page shown (1-based, within the list), how many pages there are (at least one), and
/// how many rows come before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Paging {
    pub page: u32,
    pub pages: u32,
    pub offset: u64,
    pub per_page: u32,
}

/// The page to show of `total` rows when `requested` was asked for: a page past the end shows the last one, and
/// page 0 or none shows the first.
pub fn paging(total: u64, requested: u32, per_page: u32) -> Paging {
    let per_page = per_page.max(1);
    let pages = total.div_ceil(u64::from(per_page)).max(1).min(u64::from(u32::MAX)) as u32;
    let page = requested.clamp(1, pages);
    Paging { page, pages, offset: u64::from(page - 1) * u64::from(per_page), per_page }
}

/// Why an override is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverrideRefused {
    /// The reason is empty: an override is recorded with why it was made.
    NoReason,
    /// The reason is longer than `max` characters.
    TooLong { max: usize },
}

pub const OVERRIDE_REASON_MAX: usize = 1000;

/// The reason of an override as it will be recorded, trimmed; refused when empty or too long.
pub fn override_reason(typed: &str) -> Result<&str, OverrideRefused> {
    let reason = typed.trim();
    if reason.is_empty() {
        Err(OverrideRefused::NoReason)
    } else if reason.chars().count() > OVERRIDE_REASON_MAX {
        Err(OverrideRefused::TooLong { max: OVERRIDE_REASON_MAX })
    } else {
        Ok(reason)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_override_counts_instead_of_the_checks() {
        assert!(Outcome::Passed.matches(Some((false, Some(true)))));
        assert!(!Outcome::Failed.matches(Some((false, Some(true)))));
        assert!(Outcome::Failed.matches(Some((true, Some(false)))));
        assert!(Outcome::Overridden.matches(Some((true, Some(false)))));
        assert!(!Outcome::Overridden.matches(Some((true, None))));
        assert!(Outcome::NotScreened.matches(None));
        assert!(!Outcome::Passed.matches(None) && !Outcome::Failed.matches(None));
    }

    #[test]
    fn pages_are_clamped_to_the_list() {
        assert_eq!(paging(0, 3, 50), Paging { page: 1, pages: 1, offset: 0, per_page: 50 });
        assert_eq!(paging(400, 0, 50).page, 1);
        assert_eq!(paging(400, 8, 50), Paging { page: 8, pages: 8, offset: 350, per_page: 50 });
        assert_eq!(paging(401, 99, 50), Paging { page: 9, pages: 9, offset: 400, per_page: 50 });
    }

    #[test]
    fn an_override_needs_a_reason() {
        assert_eq!(override_reason("  "), Err(OverrideRefused::NoReason));
        assert_eq!(override_reason(" by phone "), Ok("by phone"));
        assert_eq!(override_reason(&"x".repeat(1001)), Err(OverrideRefused::TooLong { max: 1000 }));
    }

    proptest! {
        /// Every row of the list is on exactly one page, and the page shown is never empty unless the list is.
        #[test]
        fn every_row_is_on_one_page(total in 0u64..5000, requested in 0u32..200, per_page in 1u32..100) {
            let p = paging(total, requested, per_page);
            prop_assert!(p.page >= 1 && p.page <= p.pages);
            prop_assert!(total == 0 || p.offset < total);
            prop_assert!(u64::from(p.pages) * u64::from(per_page) >= total);
            prop_assert!(u64::from(p.pages - 1) * u64::from(per_page) < total.max(1));
        }

        /// A screened proposal is either passed or failed, never both.
        #[test]
        fn passed_and_failed_split_the_screened(passed: bool, overridden: Option<bool>) {
            let s = Some((passed, overridden));
            prop_assert!(Outcome::Passed.matches(s) != Outcome::Failed.matches(s));
        }
    }
}

//! Participation tallies that never single anyone out: small counts are suppressed, and a second cell is
//! suppressed when a lone suppressed count could be recovered from the total.

use crate::people::{DevelopmentStatus, Gender, StakeholderGroup, UnRegionalGroup, country};
use serde::Serialize;
use std::collections::BTreeMap;

/// The facts of one registration that statistics count; nothing that names a person.
#[derive(Debug, Clone, Default)]
pub struct Registration {
    pub stakeholder_group: String,
    pub country: String,
    pub gender: Option<String>,
    pub first_time: bool,
    pub media: bool,
}

/// The dimensions participation is reported on, in the order pages show them.
pub const DIMENSIONS: [&str; 6] = ["stakeholder-group", "regional-group", "development-status", "gender", "first-time", "media"];

/// Every tally of the participation statistics. Intergovernmental organizations count in their own
/// pseudo-region, as the IGF reports them; a country can be on several development lists (Afghanistan is
/// least developed and landlocked), so that tally's cells can add up to more than the total.
pub fn participation(registrations: &[Registration], threshold: u64) -> Vec<(&'static str, Tally)> {
    let groups: Vec<&str> = StakeholderGroup::ALL.iter().map(|g| g.code()).collect();
    let regions: Vec<&str> = UnRegionalGroup::ALL.iter().map(|g| g.code()).collect();
    let statuses: Vec<&str> = DevelopmentStatus::ALL.iter().map(|g| g.code()).collect();
    let mut genders: Vec<&str> = Gender::ALL.iter().map(|g| g.code()).collect();
    genders.push("not-stated");
    let region = |r: &Registration| {
        if r.stakeholder_group == StakeholderGroup::IntergovernmentalOrganization.code() {
            return UnRegionalGroup::IntergovernmentalOrganizations.code();
        }
        country(&r.country).map_or(UnRegionalGroup::NoGroup.code(), |c| c.un_regional_group.code())
    };
    let statuses_of = |r: &Registration| -> Vec<&'static str> {
        let listed: Vec<&str> =
            country(&r.country).map(|c| c.development_statuses().iter().map(|s| s.code()).collect()).unwrap_or_default();
        if listed.is_empty() { vec![DevelopmentStatus::NotListed.code()] } else { listed }
    };
    let total = registrations.len() as u64;
    let mut development = tally(&statuses, registrations.iter().flat_map(statuses_of), threshold);
    development.total = total;
    vec![
        ("stakeholder-group", tally(&groups, registrations.iter().map(|r| r.stakeholder_group.as_str()), threshold)),
        ("regional-group", tally(&regions, registrations.iter().map(region), threshold)),
        ("development-status", development),
        ("gender", tally(&genders, registrations.iter().map(|r| r.gender.as_deref().unwrap_or("not-stated")), threshold)),
        (
            "first-time",
            tally(
                &["first-time", "returning"],
                registrations.iter().map(|r| if r.first_time { "first-time" } else { "returning" }),
                threshold,
            ),
        ),
        ("media", tally(&["media", "not-media"], registrations.iter().map(|r| if r.media { "media" } else { "not-media" }), threshold)),
    ]
}

/// One row of a tally: a category and its count, or `None` when the count is suppressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub key: String,
    pub count: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub cells: Vec<Cell>,
    /// The total is always shown: it is the number of registrations, which is public.
    pub total: u64,
}

impl Tally {
    pub fn suppressed(&self) -> bool {
        self.cells.iter().any(|c| c.count.is_none())
    }
}

/// Counts `keys` per category (in the order of `categories`, zeros included) and suppresses every count from 1 to
/// `threshold - 1`. A zero is shown: it describes nobody. When exactly one non-zero cell is suppressed, the
/// smallest other non-zero cell is suppressed too, so that the total minus the visible cells never reveals it.
pub fn tally<'a>(categories: &[&str], keys: impl IntoIterator<Item = &'a str>, threshold: u64) -> Tally {
    let mut counts: BTreeMap<&str, u64> = categories.iter().map(|c| (*c, 0)).collect();
    let mut total = 0;
    for key in keys {
        total += 1;
        if let Some(n) = counts.get_mut(key) {
            *n += 1;
        }
    }
    let raw: Vec<(String, u64)> = categories.iter().map(|c| (c.to_string(), counts[c])).collect();
    let hidden = cells_to_suppress(&raw, threshold);
    let cells = raw.into_iter().enumerate().map(|(i, (key, n))| Cell { key, count: (!hidden.contains(&i)).then_some(n) }).collect();
    Tally { cells, total }
}

fn cells_to_suppress(raw: &[(String, u64)], threshold: u64) -> Vec<usize> {
    let mut hidden: Vec<usize> = (0..raw.len()).filter(|&i| raw[i].1 > 0 && raw[i].1 < threshold).collect();
    if hidden.len() == 1 {
        let complement = (0..raw.len()).filter(|i| !hidden.contains(i) && raw[*i].1 > 0).min_by_key(|&i| raw[i].1);
        hidden.extend(complement);
    }
    hidden
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const GROUPS: [&str; 4] = ["a", "b", "c", "d"];

    #[test]
    fn small_counts_are_hidden_and_a_lone_one_gets_a_companion() {
        let keys = ["a"; 10].into_iter().chain(["b"; 6]).chain(["c"; 2]);
        let t = tally(&GROUPS, keys, 5);
        let counts: Vec<_> = t.cells.iter().map(|c| c.count).collect();
        assert_eq!(counts, [Some(10), None, None, Some(0)]);
        assert_eq!(t.total, 18);
    }

    #[test]
    fn participation_uses_the_country_lists_and_the_igo_pseudo_region() {
        let person =
            |group: &str, country: &str| Registration { stakeholder_group: group.into(), country: country.into(), ..Default::default() };
        let people: Vec<_> =
            (0..6).map(|_| person("civil-society", "AF")).chain((0..5).map(|_| person("intergovernmental-organization", "CH"))).collect();
        let tallies = participation(&people, 5);
        let count = |dimension: &str, key: &str| {
            tallies.iter().find(|(d, _)| *d == dimension).unwrap().1.cells.iter().find(|c| c.key == key).unwrap().count
        };
        assert_eq!(count("regional-group", "asia-pacific"), Some(6));
        assert_eq!(count("regional-group", "intergovernmental-organizations"), Some(5));
        assert_eq!(count("development-status", "ldc"), Some(6));
        assert_eq!(count("development-status", "lldc"), Some(6));
        assert_eq!(count("development-status", "not-listed"), Some(5));
        assert_eq!(count("gender", "not-stated"), Some(11));
    }

    proptest! {
        #[test]
        fn no_small_count_can_be_read_or_derived(counts in proptest::collection::vec(0u64..12, 4)) {
            let keys: Vec<&str> = GROUPS.iter().zip(&counts).flat_map(|(g, n)| std::iter::repeat_n(*g, *n as usize)).collect();
            let t = tally(&GROUPS, keys.iter().copied(), 5);
            let visible: u64 = t.cells.iter().filter_map(|c| c.count).sum();
            for (cell, n) in t.cells.iter().zip(&counts) {
                // Nothing between 1 and 4 is ever shown...
                prop_assert!(!matches!(cell.count, Some(1..=4)));
                // ...and shown counts are the true ones.
                if let Some(shown) = cell.count { prop_assert_eq!(shown, *n); }
            }
            // ...and if anything is hidden, the total minus what is shown spreads over at least two cells.
            let hidden_nonzero = t.cells.iter().zip(&counts).filter(|(c, n)| c.count.is_none() && **n > 0).count();
            // (unless it is the only non-zero cell, when the count is the public total of registrations).
            let nonzero = counts.iter().filter(|n| **n > 0).count();
            prop_assert!(hidden_nonzero != 1 || nonzero == 1, "a single hidden cell equals total - visible = {}", t.total - visible);
        }
    }
}

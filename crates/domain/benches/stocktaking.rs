//! The stocktaking register's faceted search at ITU scale and beyond: 100,000 projects with random countries,
//! action lines, SDGs, GDC objectives, stakeholder groups and statuses, packed as the web register keeps them in
//! memory, then 2,000 queries with zero to three facets chosen. Prints the time to pack and the p50 / p99 / max
//! time per query (the matching positions and every facet's counts). The HTTP figure, with the database and the
//! page, is bench/stocktaking-facets.sh.
//!
//! Run: cargo bench -p agora-domain --bench stocktaking

use agora_domain::people::{StakeholderGroup, UnRegionalGroup, countries};
use agora_domain::stocktaking::{FacetFilter, Facets, ProjectStatus, facet_search};
use std::time::Instant;

#[path = "support/random.rs"]
mod random;
use random::Random;

fn main() {
    let total = 100_000;
    let queries = 2_000;
    let mut random = Random(21);
    let all_countries = countries();
    let lines = ["C1", "C2", "C3", "C4", "C5", "C6", "C7/e-health", "C7/e-learning", "C8", "C9", "C10", "C11"];
    let started = Instant::now();
    let mut facets = Vec::with_capacity(total);
    for _ in 0..total {
        let n = 1 + random.below(3) as usize;
        let chosen: Vec<String> =
            (0..n).map(|_| all_countries[random.below(all_countries.len() as u64) as usize].iso2.to_string()).collect();
        let l: Vec<String> = (0..1 + random.below(2)).map(|_| lines[random.below(lines.len() as u64) as usize].to_string()).collect();
        let sdgs: Vec<u8> = (0..random.below(4)).map(|_| 1 + random.below(17) as u8).collect();
        let gdc: Vec<u8> = (0..random.below(3)).map(|_| 1 + random.below(5) as u8).collect();
        let group = StakeholderGroup::ALL[random.below(6) as usize];
        let status = ProjectStatus::ALL[random.below(3) as usize];
        facets.push(Facets::from_parts(&l, &sdgs, &gdc, &chosen, group, status));
    }
    let packed = started.elapsed();
    let mut times = Vec::with_capacity(queries);
    let mut matched = 0usize;
    for _ in 0..queries {
        let mut filter = FacetFilter::default();
        for _ in 0..random.below(4) {
            match random.below(6) {
                0 => filter.action_line = Some(1 + random.below(11) as u8),
                1 => filter.sdg = Some(1 + random.below(17) as u8),
                2 => filter.gdc = Some(1 + random.below(5) as u8),
                3 => filter.region = Some(UnRegionalGroup::ALL[random.below(5) as usize]),
                4 => filter.group = Some(StakeholderGroup::ALL[random.below(6) as usize]),
                _ => filter.status = Some(ProjectStatus::ALL[random.below(3) as usize]),
            }
        }
        let t = Instant::now();
        let (kept, counts) = facet_search(&facets, &filter);
        times.push(t.elapsed());
        assert_eq!(kept.len(), counts.total);
        matched += kept.len();
    }
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!("stocktaking register: {total} projects packed in {packed:?}");
    println!(
        "faceted search, {queries} queries of 0-3 facets: p50 {:?}, p99 {:?}, max {:?} (mean {} matches)",
        at(0.50),
        at(0.99),
        times[times.len() - 1],
        matched / queries
    );
}

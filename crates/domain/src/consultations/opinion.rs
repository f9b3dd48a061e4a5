//! Opinion maps of a Polis-style conversation: people agree, disagree or pass on short statements; the map
//! places them in two dimensions (PCA of the vote matrix), finds opinion groups (k-means, k by silhouette),
//! each group's representative statements and the statements every group agrees on. Also Agora's own rule,
//! multistakeholder consensus: a statement every heard stakeholder group agrees with.

use super::duplicates::SplitMix;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One vote: +1 agree, −1 disagree, 0 pass. When a participant votes on a statement again, the latest vote
/// counts (greatest `at`; on equal times the greater value, so the result never depends on input order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    pub participant: i64,
    pub statement: i64,
    pub value: i8,
    /// When it was cast, in any unit that orders votes (Polis exports: unix milliseconds).
    pub at: i64,
}

/// How the map is built. The defaults follow Polis's own pipeline.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OpinionSettings {
    /// Seeds the power iteration's start and k-means++; the map is the same for a given seed. The product,
    /// its tests and its documented figures all use the default, 1.
    pub seed: u64,
    /// Polis's rule for who is placed ([`in_conversation`]): a participant is placed once they have voted
    /// (passes included) on this many statements, or on every statement there was at the time if there were
    /// fewer. Default 7, as Polis.
    pub min_votes: usize,
    /// When fewer participants qualify, those with the most votes are placed up to this number. Default 15, as Polis.
    pub min_placed: usize,
    /// Groups tried: `min_groups` to `max_groups`. Default 2 to 5, as Polis; equal values force k. As in Polis, no
    /// more than 2 + (base clusters ÷ 12) are tried, so a small conversation is not cut into many small groups.
    pub min_groups: usize,
    pub max_groups: usize,
    /// More groups are chosen over fewer only when their silhouette is better by this much. Default 0.01. Polis
    /// holds the number of groups back until a new number has won several updates in a row; one computation
    /// has no history, so a near tie keeps the fewer groups instead, and the count does not hang on the seed.
    pub more_groups_margin: f64,
    /// k-means runs per k, from different k-means++ starts; the tightest is kept. Default 8.
    pub kmeans_restarts: usize,
    /// Most k-means iterations per run (runs usually settle in a few dozen). Default 100.
    pub iterations: usize,
    /// Most power iterations per principal component. Default 100, as Polis; they stop earlier once the component
    /// moves less than 1e-10.
    pub power_iterations: usize,
    /// Participants are first gathered into this many base clusters, which are then grouped, as Polis does
    /// (Polis: 100). It keeps grouping fast for 100,000 participants and lets a small distinct group stand out.
    /// 0 groups participants directly.
    pub base_clusters: usize,
    /// Base clusters are fitted on at most this many participants, evenly spread, and every participant then
    /// joins the nearest. Default 10,000: a hundred centres are well placed by far fewer points.
    pub base_sample: usize,
    /// Without base clusters, the silhouette that chooses k is measured on at most this many participants, evenly spread over the
    /// participants, so that choosing k stays linear. Default 2,000.
    pub silhouette_sample: usize,
    /// A statement is consensus when, in every group, the share agreeing (with one pseudo-vote each way)
    /// exceeds this. Default 0.6.
    pub consensus_agree: f64,
    /// Representative statements shown per group. Default 5, as Polis.
    pub representatives_per_group: usize,
    /// z-score both of Polis's tests must exceed for a statement to represent a group: the group's share
    /// against one half, and the group against everyone else. Default 1.2816, 90 % one-sided, as Polis.
    pub significance_z: f64,
}

impl Default for OpinionSettings {
    fn default() -> Self {
        OpinionSettings {
            seed: 1,
            min_votes: 7,
            min_placed: 15,
            min_groups: 2,
            max_groups: 5,
            more_groups_margin: 0.01,
            kmeans_restarts: 8,
            iterations: 100,
            power_iterations: 100,
            base_clusters: 100,
            base_sample: 10_000,
            silhouette_sample: 2_000,
            consensus_agree: 0.6,
            representatives_per_group: 5,
            significance_z: 1.2816,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlacedParticipant {
    /// The number the caller gave the participant's votes.
    pub participant: i64,
    /// A stable public id the caller gives the participant once the map is made (an import's own voter id, or a
    /// pseudonym), so that anyone can compare the map with another tool; empty until then.
    #[serde(default)]
    pub id: String,
    pub x: f64,
    pub y: f64,
    pub group: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Agree,
    Disagree,
}

/// Why a statement represents a group: the group votes `direction` on it much more than everyone else.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Representative {
    pub statement: i64,
    pub direction: Direction,
    /// Share of the group voting `direction` (one pseudo-vote each way).
    pub in_group: f64,
    /// Share of everyone else voting `direction`.
    pub out_group: f64,
    /// (in_group / out_group) × in_group, Polis's representativeness.
    pub repness: f64,
    /// The group's votes on the statement, passes included.
    pub votes: usize,
    /// The two z-scores that made it significant: the group's share against one half, and against the others.
    pub z_in_group: f64,
    pub z_against_others: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpinionGroup {
    /// 0 is the largest group.
    pub id: usize,
    pub size: usize,
    /// Most representative first.
    pub representative: Vec<Representative>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsensusStatement {
    pub statement: i64,
    /// Per group, in group order: the share agreeing (one pseudo-vote each way).
    pub agree_per_group: Vec<f64>,
    pub min_agree: f64,
}

/// The silhouette of the best k-means partition into `groups` groups: why the map has the groups it has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupChoice {
    pub groups: usize,
    pub silhouette: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpinionMap {
    /// In participant order.
    pub participants: Vec<PlacedParticipant>,
    pub groups: Vec<OpinionGroup>,
    /// Highest minimum agreement first.
    pub consensus: Vec<ConsensusStatement>,
    /// Of the chosen grouping, from −1 to 1 (0 when there is a single group); measured over the base clusters
    /// when there are more participants than base clusters, as Polis does.
    pub silhouette: f64,
    /// Every k tried and its silhouette.
    pub group_choices: Vec<GroupChoice>,
    /// Share of the vote matrix's variance along each of the map's two axes.
    pub explained_variance: [f64; 2],
    /// Votes counted (the latest per participant and statement, placed or not).
    pub votes: usize,
    pub statements: usize,
    /// Participants with fewer than the minimum votes, not on the map.
    pub unplaced: usize,
}

/// The latest votes as a sparse participants × statements matrix (one CSR row per participant).
struct Matrix {
    participants: Vec<i64>,
    statements: Vec<i64>,
    starts: Vec<usize>,
    columns: Vec<u32>,
    values: Vec<i8>,
}

impl Matrix {
    fn new(votes: &[Vote]) -> Self {
        let mut latest: Vec<(i64, i64, i64, i8)> = votes.iter().map(|v| (v.participant, v.statement, v.at, v.value)).collect();
        latest.sort_unstable();
        // Keep the last of each (participant, statement): the greatest time, then the greatest value.
        latest.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0 && later.1 == earlier.1;
            if same {
                *earlier = *later;
            }
            same
        });
        let mut statements: Vec<i64> = latest.iter().map(|v| v.1).collect();
        statements.sort_unstable();
        statements.dedup();
        let column = |s: i64| statements.binary_search(&s).expect("collected above") as u32;
        let (mut participants, mut starts) = (Vec::new(), Vec::new());
        for (i, v) in latest.iter().enumerate() {
            if participants.last() != Some(&v.0) {
                participants.push(v.0);
                starts.push(i);
            }
        }
        starts.push(latest.len());
        let columns = latest.iter().map(|v| column(v.1)).collect();
        let values = latest.iter().map(|v| v.3.signum()).collect();
        Matrix { participants, statements, starts, columns, values }
    }

    fn row(&self, r: usize) -> impl Iterator<Item = (usize, i8)> + '_ {
        let range = self.starts[r]..self.starts[r + 1];
        self.columns[range.clone()].iter().map(|c| *c as usize).zip(self.values[range].iter().copied())
    }

    fn votes_of(&self, r: usize) -> usize {
        self.starts[r + 1] - self.starts[r]
    }
}

/// The opinion map of a conversation. `hidden` lists the statements a moderator hid: their votes still count
/// towards who is in the conversation, as in Polis, but not in the map.
pub fn opinion_map(votes: &[Vote], hidden: &[i64], settings: &OpinionSettings) -> OpinionMap {
    let mut hidden: Vec<i64> = hidden.to_vec();
    hidden.sort_unstable();
    let is_hidden = |s: i64| hidden.binary_search(&s).is_ok();
    let visible: Vec<Vote> = votes.iter().filter(|v| !is_hidden(v.statement)).copied().collect();
    let matrix = Matrix::new(&visible);
    let mut voted_hidden: Vec<i64> = votes.iter().map(|v| v.statement).filter(|s| is_hidden(*s)).collect();
    voted_hidden.sort_unstable();
    voted_hidden.dedup();
    let in_conversation = in_conversation(votes, settings.min_votes, settings.min_placed);
    let placed: Vec<usize> =
        (0..matrix.participants.len()).filter(|r| in_conversation.binary_search(&matrix.participants[*r]).is_ok()).collect();
    // As in Polis, the components come from everyone's votes; only those in the conversation are grouped.
    let everyone: Vec<usize> = (0..matrix.participants.len()).collect();
    let means = column_means(&matrix, &everyone);
    let covariance = covariance(&matrix, &everyone, &means);
    let (components, explained_variance) = principal_components(&covariance, matrix.statements.len(), settings);
    let points = project(&matrix, &placed, &means, &components, voted_hidden.len());
    let (assignment, k, silhouette, group_choices) = choose_groups(&points, settings);
    let assignment = by_size(&assignment, k);
    let tallies = Tallies::new(&matrix, &placed, &assignment, k);
    let groups = (0..k)
        .map(|g| OpinionGroup {
            id: g,
            size: assignment.iter().filter(|a| **a == g).count(),
            representative: representatives(&tallies, &matrix.statements, g, settings),
        })
        .collect();
    OpinionMap {
        participants: placed
            .iter()
            .zip(&points)
            .zip(&assignment)
            .map(|((r, p), g)| PlacedParticipant { participant: matrix.participants[*r], id: String::new(), x: p[0], y: p[1], group: *g })
            .collect(),
        groups,
        consensus: consensus(&tallies, &matrix.statements, settings),
        silhouette,
        group_choices,
        explained_variance,
        votes: matrix.values.len(),
        statements: matrix.statements.len(),
        unplaced: matrix.participants.len() - placed.len(),
    }
}

/// Polis's rule for who is in the conversation, replayed over the votes in the order they were cast: a
/// participant is in once they have voted (passes and hidden statements included) on at least `min_votes`
/// statements, or on every statement voted on so far when there were fewer; once in, they stay in. When fewer
/// than `min_placed` are in, the participants with the most votes are added up to that number (ties: the
/// smaller id). Returns participant ids, ascending.
pub fn in_conversation(votes: &[Vote], min_votes: usize, min_placed: usize) -> Vec<i64> {
    let dense = |mut ids: Vec<i64>| {
        ids.sort_unstable();
        ids.dedup();
        ids
    };
    let participants = dense(votes.iter().map(|v| v.participant).collect());
    let statements = dense(votes.iter().map(|v| v.statement).collect());
    let index = |ids: &[i64], id: i64| ids.binary_search(&id).expect("collected above");
    // Each participant's first vote on each statement, in the order they were cast.
    let mut first: Vec<(usize, usize, i64)> =
        votes.iter().map(|v| (index(&participants, v.participant), index(&statements, v.statement), v.at)).collect();
    first.sort_unstable();
    first.dedup_by(|later, earlier| (later.0, later.1) == (earlier.0, earlier.1));
    first.sort_unstable_by_key(|(p, s, at)| (*at, *p, *s));
    let (mut seen, mut statements_so_far) = (vec![false; statements.len()], 0);
    let (mut count, mut inside) = (vec![0usize; participants.len()], vec![false; participants.len()]);
    for (p, s, _) in first {
        if !seen[s] {
            seen[s] = true;
            statements_so_far += 1;
        }
        count[p] += 1;
        inside[p] |= count[p] >= min_votes.min(statements_so_far).max(1);
    }
    let placed = inside.iter().filter(|i| **i).count();
    if placed < min_placed {
        let mut most: Vec<(usize, usize)> = (0..participants.len()).filter(|p| !inside[*p]).map(|p| (count[p], p)).collect();
        most.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        most.into_iter().take(min_placed - placed).for_each(|(_, p)| inside[p] = true);
    }
    participants.into_iter().zip(inside).filter(|(_, i)| *i).map(|(p, _)| p).collect()
}

/// Mean vote per statement over the votes cast (passes count as 0): the value a missing vote is imputed.
fn column_means(matrix: &Matrix, placed: &[usize]) -> Vec<f64> {
    let (mut sums, mut counts) = (vec![0.0; matrix.statements.len()], vec![0usize; matrix.statements.len()]);
    for &r in placed {
        for (c, v) in matrix.row(r) {
            sums[c] += f64::from(v);
            counts[c] += 1;
        }
    }
    sums.iter().zip(&counts).map(|(s, n)| if *n == 0 { 0.0 } else { s / *n as f64 }).collect()
}

/// The statements × statements covariance of the mean-imputed vote matrix. Imputed cells are 0 once centred,
/// so it is a sum over the votes cast only: linear in votes × votes per participant.
fn covariance(matrix: &Matrix, placed: &[usize], means: &[f64]) -> Vec<f64> {
    let m = matrix.statements.len();
    let mut c = vec![0.0; m * m];
    let mut row: Vec<(usize, f64)> = Vec::new();
    for &r in placed {
        row.clear();
        row.extend(matrix.row(r).map(|(j, v)| (j, f64::from(v) - means[j])));
        for (i, &(a, x)) in row.iter().enumerate() {
            let line = &mut c[a * m..(a + 1) * m];
            for &(b, y) in &row[i..] {
                line[b] += x * y;
            }
        }
    }
    // Columns within a row are ascending, so only the upper triangle was filled.
    let n = placed.len().max(1) as f64;
    for a in 0..m {
        for b in a..m {
            let value = c[a * m + b] / n;
            c[a * m + b] = value;
            c[b * m + a] = value;
        }
    }
    c
}

/// The two leading eigenvectors of the covariance by power iteration with deflation, and the share of the
/// total variance each explains.
fn principal_components(covariance: &[f64], m: usize, settings: &OpinionSettings) -> ([Vec<f64>; 2], [f64; 2]) {
    let trace: f64 = (0..m).map(|i| covariance[i * m + i]).sum();
    let mut random = SplitMix(settings.seed ^ 0x0BC0_FFEE);
    let first = power_iteration(covariance, m, &[], &mut random, settings.power_iterations);
    let second = power_iteration(covariance, m, std::slice::from_ref(&first), &mut random, settings.power_iterations);
    let share = |(_, lambda): &(Vec<f64>, f64)| if trace > 0.0 { lambda / trace } else { 0.0 };
    let explained = [share(&first), share(&second)];
    ([first.0, second.0], explained)
}

/// The leading eigenvector of the covariance once the `found` components are removed, and its eigenvalue.
/// Its sign is fixed (largest entry positive) so that maps are comparable across runs.
fn power_iteration(covariance: &[f64], m: usize, found: &[(Vec<f64>, f64)], random: &mut SplitMix, iterations: usize) -> (Vec<f64>, f64) {
    if m == 0 {
        return (Vec::new(), 0.0);
    }
    let mut v: Vec<f64> = (0..m).map(|_| random.unit() - 0.5).collect();
    normalise(&mut v);
    let mut next = vec![0.0; m];
    let mut lambda = 0.0;
    for _ in 0..iterations.max(1) {
        for (i, out) in next.iter_mut().enumerate() {
            *out = dot(&covariance[i * m..(i + 1) * m], &v);
        }
        for (component, eigenvalue) in found {
            let along = eigenvalue * dot(component, &v);
            next.iter_mut().zip(component).for_each(|(x, c)| *x -= along * c);
        }
        lambda = normalise(&mut next);
        if lambda == 0.0 {
            return (vec![0.0; m], 0.0);
        }
        let moved: f64 = v.iter().zip(&next).map(|(a, b)| (a - b) * (a - b)).sum();
        std::mem::swap(&mut v, &mut next);
        if moved < 1e-20 {
            break;
        }
    }
    let largest = v.iter().copied().max_by(|a, b| a.abs().total_cmp(&b.abs())).unwrap_or(0.0);
    if largest < 0.0 {
        v.iter_mut().for_each(|x| *x = -*x);
    }
    (v, lambda)
}

fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// Scales `v` to unit length and returns its former length.
fn normalise(v: &mut [f64]) -> f64 {
    let length = dot(v, v).sqrt();
    if length > 0.0 {
        v.iter_mut().for_each(|x| *x /= length);
    }
    length
}

/// Each placed participant on the two components, over the statements they voted on, scaled by
/// √(statements / their votes) as Polis does, so that people who voted on few statements are not pulled to
/// the centre by the imputed zeros. Polis keeps a hidden statement as a column of zeros that everyone has
/// "voted" on, so the `hidden` statements that had votes count in both.
fn project(matrix: &Matrix, placed: &[usize], means: &[f64], components: &[Vec<f64>; 2], hidden: usize) -> Vec<[f64; 2]> {
    let m = (matrix.statements.len() + hidden) as f64;
    placed
        .iter()
        .map(|&r| {
            let mut p = [0.0, 0.0];
            for (j, v) in matrix.row(r) {
                let centred = f64::from(v) - means[j];
                p[0] += centred * components[0][j];
                p[1] += centred * components[1][j];
            }
            let scale = (m / (matrix.votes_of(r) + hidden).max(1) as f64).sqrt();
            [p[0] * scale, p[1] * scale]
        })
        .collect()
}

type Grouping = (Vec<usize>, usize, f64, Vec<GroupChoice>);

/// Polis's two levels: participants are first gathered into `base_clusters` small clusters, then the base
/// clusters (weighted by their members) are grouped for every k, and the silhouette is measured over the base
/// clusters. Participants take their base cluster's group.
fn choose_groups(points: &[[f64; 2]], settings: &OpinionSettings) -> Grouping {
    let ones = vec![1.0; points.len()];
    if settings.base_clusters < 2 || points.len() <= settings.base_clusters {
        return group(points, &ones, &sample(points.len(), settings.silhouette_sample), settings);
    }
    // Base clusters are fitted on an even sample, then every participant joins the nearest.
    let fitted: Vec<[f64; 2]> = sample(points.len(), settings.base_sample).into_iter().map(|i| points[i]).collect();
    let (_, centres) = kmeans(&fitted, &ones[..fitted.len()], settings.base_clusters, settings.kmeans_restarts, settings);
    let mut base = vec![usize::MAX; points.len()];
    assign(points, &centres, &mut base);
    let mut sums = vec![[0.0, 0.0, 0.0]; settings.base_clusters];
    for (p, b) in points.iter().zip(&base) {
        sums[*b][0] += p[0];
        sums[*b][1] += p[1];
        sums[*b][2] += 1.0;
    }
    let used: Vec<usize> = (0..sums.len()).filter(|b| sums[*b][2] > 0.0).collect();
    let centres: Vec<[f64; 2]> = used.iter().map(|b| [sums[*b][0] / sums[*b][2], sums[*b][1] / sums[*b][2]]).collect();
    let weights: Vec<f64> = used.iter().map(|b| sums[*b][2]).collect();
    let (groups, k, score, choices) = group(&centres, &weights, &(0..centres.len()).collect::<Vec<_>>(), settings);
    let mut group_of_base = vec![0; settings.base_clusters];
    for (b, g) in used.iter().zip(&groups) {
        group_of_base[*b] = *g;
    }
    (base.iter().map(|b| group_of_base[*b]).collect(), k, score, choices)
}

/// k-means for every k from `min_groups` to `max_groups`; the k with the best silhouette wins, but more groups
/// replace fewer only when their silhouette is better by `more_groups_margin`.
fn group(points: &[[f64; 2]], weights: &[f64], sample: &[usize], settings: &OpinionSettings) -> Grouping {
    let mut distinct: Vec<[u64; 2]> = points.iter().map(|p| [p[0].to_bits(), p[1].to_bits()]).collect();
    distinct.sort_unstable();
    distinct.dedup();
    let mut best: Option<(Vec<usize>, usize, f64)> = None;
    let mut choices = Vec::new();
    let most = settings.max_groups.min(2 + points.len() / 12).max(settings.min_groups).min(distinct.len());
    for k in settings.min_groups.max(2)..=most {
        let (assignment, _) = kmeans(points, weights, k, settings.kmeans_restarts, settings);
        let score = silhouette(points, &assignment, k, sample);
        choices.push(GroupChoice { groups: k, silhouette: score });
        if best.as_ref().is_none_or(|b| score > b.2 + settings.more_groups_margin) {
            best = Some((assignment, k, score));
        }
    }
    match best {
        Some((assignment, k, score)) => (assignment, k, score, choices),
        None => (vec![0; points.len()], usize::from(!points.is_empty()), 0.0, choices),
    }
}

/// Evenly spaced indices, at most `size` of them.
fn sample(n: usize, size: usize) -> Vec<usize> {
    if n <= size.max(2) {
        return (0..n).collect();
    }
    (0..size).map(|i| i * n / size).collect()
}

fn distance2(a: &[f64; 2], b: &[f64; 2]) -> f64 {
    (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
}

/// The tightest of `restarts` weighted Lloyd runs from k-means++ starts.
fn kmeans(points: &[[f64; 2]], weights: &[f64], k: usize, restarts: usize, settings: &OpinionSettings) -> (Vec<usize>, Vec<[f64; 2]>) {
    let mut best: Option<(f64, Vec<usize>, Vec<[f64; 2]>)> = None;
    for restart in 0..restarts.max(1) {
        let mut random = SplitMix(settings.seed.wrapping_mul(31).wrapping_add((k * 1_000 + restart) as u64));
        let mut centres = plus_plus(points, weights, k, &mut random);
        let mut assignment = vec![usize::MAX; points.len()];
        for _ in 0..settings.iterations.max(1) {
            if !assign(points, &centres, &mut assignment) {
                break;
            }
            recentre(points, weights, &assignment, &mut centres);
        }
        let inertia: f64 = points.iter().zip(weights).zip(&assignment).map(|((p, w), a)| w * distance2(p, &centres[*a])).sum();
        if best.as_ref().is_none_or(|b| inertia < b.0) {
            best = Some((inertia, assignment, centres));
        }
    }
    best.map(|b| (b.1, b.2)).unwrap_or_default()
}

/// k-means++: each next centre drawn with probability proportional to weight × squared distance to the nearest.
fn plus_plus(points: &[[f64; 2]], weights: &[f64], k: usize, random: &mut SplitMix) -> Vec<[f64; 2]> {
    let mut centres = vec![points[(random.next() % points.len() as u64) as usize]];
    let mut nearest: Vec<f64> = points.iter().zip(weights).map(|(p, w)| w * distance2(p, &centres[0])).collect();
    while centres.len() < k {
        let total: f64 = nearest.iter().sum();
        let mut target = random.unit() * total;
        let chosen = nearest
            .iter()
            .position(|d| {
                target -= d;
                target < 0.0
            })
            .unwrap_or_else(|| nearest.iter().rposition(|d| *d > 0.0).unwrap_or(0));
        let centre = points[chosen];
        nearest.iter_mut().zip(points.iter().zip(weights)).for_each(|(d, (p, w))| *d = d.min(w * distance2(p, &centre)));
        centres.push(centre);
    }
    centres
}

/// Moves every point to its nearest centre; tells whether any moved.
fn assign(points: &[[f64; 2]], centres: &[[f64; 2]], assignment: &mut [usize]) -> bool {
    let mut moved = false;
    for (p, a) in points.iter().zip(assignment.iter_mut()) {
        let nearest = (0..centres.len()).min_by(|x, y| distance2(p, &centres[*x]).total_cmp(&distance2(p, &centres[*y]))).unwrap_or(0);
        if nearest != *a {
            *a = nearest;
            moved = true;
        }
    }
    moved
}

/// Centres move to their points' weighted mean; a centre left without points stays where it is.
fn recentre(points: &[[f64; 2]], weights: &[f64], assignment: &[usize], centres: &mut [[f64; 2]]) {
    let mut sums = vec![[0.0, 0.0, 0.0]; centres.len()];
    for ((p, w), a) in points.iter().zip(weights).zip(assignment) {
        sums[*a][0] += w * p[0];
        sums[*a][1] += w * p[1];
        sums[*a][2] += w;
    }
    for (centre, s) in centres.iter_mut().zip(&sums) {
        if s[2] > 0.0 {
            *centre = [s[0] / s[2], s[1] / s[2]];
        }
    }
}

/// Mean silhouette over the sampled points, distances measured within the sample.
fn silhouette(points: &[[f64; 2]], assignment: &[usize], k: usize, sample: &[usize]) -> f64 {
    if sample.len() < 2 {
        return 0.0;
    }
    let mut total = 0.0;
    let mut sums = vec![0.0; k];
    let mut counts = vec![0usize; k];
    for &i in sample {
        sums.iter_mut().for_each(|s| *s = 0.0);
        counts.iter_mut().for_each(|c| *c = 0);
        for &j in sample {
            if i != j {
                sums[assignment[j]] += distance2(&points[i], &points[j]).sqrt();
                counts[assignment[j]] += 1;
            }
        }
        let own = assignment[i];
        if counts[own] == 0 {
            continue;
        }
        let a = sums[own] / counts[own] as f64;
        let b = (0..k).filter(|g| *g != own && counts[*g] > 0).map(|g| sums[g] / counts[g] as f64).fold(f64::INFINITY, f64::min);
        if b.is_finite() && a.max(b) > 0.0 {
            total += (b - a) / a.max(b);
        }
    }
    total / sample.len() as f64
}

/// Renumbers groups so that 0 is the largest (ties: the group of the earliest participant).
fn by_size(assignment: &[usize], k: usize) -> Vec<usize> {
    let mut sizes: Vec<(usize, usize, usize)> = (0..k).map(|g| (0, usize::MAX, g)).collect();
    for (i, g) in assignment.iter().enumerate() {
        sizes[*g].0 += 1;
        sizes[*g].1 = sizes[*g].1.min(i);
    }
    sizes.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut label = vec![0; k];
    for (new, (_, _, old)) in sizes.iter().enumerate() {
        label[*old] = new;
    }
    assignment.iter().map(|g| label[*g]).collect()
}

/// Agree, disagree and seen counts per group and statement, from placed participants.
struct Tallies {
    groups: usize,
    statements: usize,
    agree: Vec<u32>,
    disagree: Vec<u32>,
    seen: Vec<u32>,
}

impl Tallies {
    fn new(matrix: &Matrix, placed: &[usize], assignment: &[usize], groups: usize) -> Self {
        let m = matrix.statements.len();
        let mut t = Tallies { groups, statements: m, agree: vec![0; groups * m], disagree: vec![0; groups * m], seen: vec![0; groups * m] };
        for (r, g) in placed.iter().zip(assignment) {
            for (j, v) in matrix.row(*r) {
                let cell = g * m + j;
                t.seen[cell] += 1;
                t.agree[cell] += u32::from(v > 0);
                t.disagree[cell] += u32::from(v < 0);
            }
        }
        t
    }

    /// (successes, seen) of `direction` in group `g` and in every other group.
    fn in_and_out(&self, g: usize, j: usize, direction: Direction) -> ((f64, f64), (f64, f64)) {
        let counts = if direction == Direction::Agree { &self.agree } else { &self.disagree };
        let (mut succ_out, mut seen_out) = (0.0, 0.0);
        for other in (0..self.groups).filter(|o| *o != g) {
            succ_out += f64::from(counts[other * self.statements + j]);
            seen_out += f64::from(self.seen[other * self.statements + j]);
        }
        let cell = g * self.statements + j;
        ((f64::from(counts[cell]), f64::from(self.seen[cell])), (succ_out, seen_out))
    }
}

/// Share with one pseudo-vote each way, so that a statement few saw is not 100 %.
fn share(successes: f64, seen: f64) -> f64 {
    (successes + 1.0) / (seen + 2.0)
}

/// Polis's one-proportion test of a group's share against one half.
fn proportion_z(successes: f64, seen: f64) -> f64 {
    let (successes, seen) = (successes + 1.0, seen + 1.0);
    2.0 * seen.sqrt() * (successes / seen - 0.5)
}

/// Polis's two-proportion test of the group against everyone else.
fn two_proportion_z(succ_in: f64, seen_in: f64, succ_out: f64, seen_out: f64) -> f64 {
    let (succ_in, seen_in, succ_out, seen_out) = (succ_in + 1.0, seen_in + 1.0, succ_out + 1.0, seen_out + 1.0);
    let pooled = (succ_in + succ_out) / (seen_in + seen_out);
    if pooled >= 1.0 {
        return 0.0;
    }
    (succ_in / seen_in - succ_out / seen_out) / (pooled * (1.0 - pooled) * (1.0 / seen_in + 1.0 / seen_out)).sqrt()
}

fn representatives(tallies: &Tallies, statements: &[i64], g: usize, settings: &OpinionSettings) -> Vec<Representative> {
    if tallies.groups < 2 {
        return Vec::new();
    }
    let mut found: Vec<Representative> = (0..statements.len())
        .filter_map(|j| {
            let candidates = [Direction::Agree, Direction::Disagree].map(|direction| {
                let ((succ_in, seen_in), (succ_out, seen_out)) = tallies.in_and_out(g, j, direction);
                let (in_group, out_group) = (share(succ_in, seen_in), share(succ_out, seen_out));
                Representative {
                    statement: statements[j],
                    direction,
                    in_group,
                    out_group,
                    repness: in_group / out_group * in_group,
                    votes: seen_in as usize,
                    z_in_group: proportion_z(succ_in, seen_in),
                    z_against_others: two_proportion_z(succ_in, seen_in, succ_out, seen_out),
                }
            });
            let [agree, disagree] = candidates;
            let best = if disagree.repness > agree.repness { disagree } else { agree };
            (best.z_in_group > settings.significance_z && best.z_against_others > settings.significance_z).then_some(best)
        })
        .collect();
    found.sort_by(|a, b| b.repness.total_cmp(&a.repness).then(a.statement.cmp(&b.statement)));
    found.truncate(settings.representatives_per_group);
    found
}

fn consensus(tallies: &Tallies, statements: &[i64], settings: &OpinionSettings) -> Vec<ConsensusStatement> {
    if tallies.groups == 0 {
        return Vec::new();
    }
    let mut found: Vec<ConsensusStatement> = (0..statements.len())
        .filter_map(|j| {
            let agree_per_group: Vec<f64> = (0..tallies.groups)
                .map(|g| share(f64::from(tallies.agree[g * tallies.statements + j]), f64::from(tallies.seen[g * tallies.statements + j])))
                .collect();
            let min_agree = agree_per_group.iter().copied().fold(f64::INFINITY, f64::min);
            (min_agree > settings.consensus_agree).then_some(ConsensusStatement { statement: statements[j], agree_per_group, min_agree })
        })
        .collect();
    found.sort_by(|a, b| b.min_agree.total_cmp(&a.min_agree).then(a.statement.cmp(&b.statement)));
    found
}

// ---------------------------------------------------------------------------------------------------------
// Multistakeholder consensus

/// A vote on a statement by someone of a stakeholder group (one per participant: the caller keeps the latest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupVote<'a> {
    pub statement: i64,
    pub stakeholder_group: &'a str,
    pub value: i8,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MultistakeholderSettings {
    /// Every heard group must agree at least this much. Default 0.6.
    pub agree_threshold: f64,
    /// A group with fewer agree and disagree votes is not heard: it neither blocks nor makes consensus.
    /// Default 3, so that one person cannot speak for a whole stakeholder group.
    pub min_votes_per_group: usize,
    /// Heard groups needed for consensus. Default 2: agreement within one group is not multistakeholder.
    pub min_groups: usize,
}

impl Default for MultistakeholderSettings {
    fn default() -> Self {
        MultistakeholderSettings { agree_threshold: 0.6, min_votes_per_group: 3, min_groups: 2 }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupAgreement {
    pub stakeholder_group: String,
    pub agree: usize,
    pub disagree: usize,
    pub pass: usize,
    /// agree / (agree + disagree): a pass abstains, as in a vote, so a group where many pass is judged by those
    /// who took a side; 0 when nobody did.
    pub share: f64,
    pub heard: bool,
}

/// Why a statement is or is not multistakeholder consensus.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
pub enum ConsensusReason {
    /// Every one of `groups` heard stakeholder groups agrees at least the threshold.
    Consensus { groups: usize },
    /// `group` (the least agreeing heard group) agrees only `share`.
    GroupBelowThreshold { group: String, share: f64, threshold: f64 },
    /// Only `heard` groups voted enough to be heard.
    TooFewGroups { heard: usize, minimum: usize },
}

impl ConsensusReason {
    pub fn code(&self) -> &'static str {
        match self {
            ConsensusReason::Consensus { .. } => "consensus",
            ConsensusReason::GroupBelowThreshold { .. } => "group-below-threshold",
            ConsensusReason::TooFewGroups { .. } => "too-few-groups",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatementConsensus {
    pub statement: i64,
    /// In stakeholder-group order.
    pub groups: Vec<GroupAgreement>,
    pub consensus: bool,
    pub reason: ConsensusReason,
}

/// Agora's rule: a statement is multistakeholder consensus when at least `min_groups` stakeholder groups are
/// heard and every heard group agrees at least `agree_threshold`. One result per statement, by statement id.
pub fn multistakeholder_consensus(votes: &[GroupVote], settings: &MultistakeholderSettings) -> Vec<StatementConsensus> {
    let mut tallies: BTreeMap<i64, BTreeMap<&str, [usize; 3]>> = BTreeMap::new();
    for v in votes {
        let counts = tallies.entry(v.statement).or_default().entry(v.stakeholder_group).or_default();
        counts[match v.value.signum() {
            1 => 0,
            -1 => 1,
            _ => 2,
        }] += 1;
    }
    tallies.into_iter().map(|(statement, groups)| judge(statement, groups, settings)).collect()
}

fn judge(statement: i64, groups: BTreeMap<&str, [usize; 3]>, settings: &MultistakeholderSettings) -> StatementConsensus {
    let groups: Vec<GroupAgreement> = groups
        .into_iter()
        .map(|(name, [agree, disagree, pass])| GroupAgreement {
            stakeholder_group: name.to_string(),
            agree,
            disagree,
            pass,
            share: if agree + disagree == 0 { 0.0 } else { agree as f64 / (agree + disagree) as f64 },
            heard: agree + disagree >= settings.min_votes_per_group.max(1),
        })
        .collect();
    let heard: Vec<&GroupAgreement> = groups.iter().filter(|g| g.heard).collect();
    let lowest = heard.iter().min_by(|a, b| a.share.total_cmp(&b.share));
    let reason = match lowest {
        _ if heard.len() < settings.min_groups => ConsensusReason::TooFewGroups { heard: heard.len(), minimum: settings.min_groups },
        Some(g) if g.share < settings.agree_threshold => {
            ConsensusReason::GroupBelowThreshold { group: g.stakeholder_group.clone(), share: g.share, threshold: settings.agree_threshold }
        }
        _ => ConsensusReason::Consensus { groups: heard.len() },
    };
    StatementConsensus { statement, consensus: matches!(reason, ConsensusReason::Consensus { .. }), groups, reason }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn vote(participant: i64, statement: i64, value: i8) -> Vote {
        Vote { participant, statement, value, at: participant * 100 + statement }
    }

    /// Two camps of `size` people over 12 statements: camp A agrees with 0–5 and disagrees with 6–9, camp B
    /// the opposite; everyone agrees with 10 and 11. Each person skips one statement and one in ten dissents once.
    fn two_camps(size: i64) -> Vec<Vote> {
        let mut votes = Vec::new();
        for p in 0..2 * size {
            let camp: i8 = if p < size { 1 } else { -1 };
            for s in 0..12 {
                if s == p % 10 {
                    continue;
                }
                let mut value = match s {
                    0..=5 => camp,
                    6..=9 => -camp,
                    _ => 1,
                };
                if p % 10 == 3 && s == (p / 10) % 10 {
                    value = -value;
                }
                votes.push(vote(p, s, value));
            }
        }
        votes
    }

    #[test]
    fn two_camps_are_two_groups_with_their_statements_and_their_common_ground() {
        let map = opinion_map(&two_camps(60), &[], &OpinionSettings::default());
        assert_eq!(map.groups.len(), 2, "{:?}", map.group_choices);
        assert_eq!((map.groups[0].size, map.groups[1].size), (60, 60));
        let group_of = |p: i64| map.participants.iter().find(|x| x.participant == p).unwrap().group;
        let a = group_of(0);
        assert!((0..60).all(|p| group_of(p) == a) && (60..120).all(|p| group_of(p) != a));
        assert!(map.silhouette > 0.5, "{}", map.silhouette);
        assert!(map.explained_variance[0] > 0.5, "{:?}", map.explained_variance);
        let consensus: Vec<i64> = map.consensus.iter().map(|c| c.statement).collect();
        assert_eq!(consensus.iter().copied().collect::<std::collections::BTreeSet<_>>(), [10, 11].into());
        let camp_a = &map.groups[a].representative;
        assert_eq!(camp_a.len(), 5);
        assert!(camp_a.iter().all(|r| (r.statement <= 5) == (r.direction == Direction::Agree) && r.statement <= 9));
        assert!(camp_a.iter().all(|r| r.z_against_others > 1.2816 && r.in_group > r.out_group));
    }

    #[test]
    fn sparse_voters_are_not_placed_and_the_latest_vote_counts() {
        let mut votes = two_camps(20);
        votes.extend((0..3).map(|s| vote(1_000, s, 1)));
        votes.push(Vote { participant: 0, statement: 11, value: -1, at: -5 });
        let map = opinion_map(&votes, &[], &OpinionSettings::default());
        assert_eq!(map.unplaced, 1);
        assert!(map.participants.iter().all(|p| p.participant != 1_000));
        assert_eq!(map.votes, two_camps(20).len() + 3);
    }

    #[test]
    fn who_is_in_the_conversation_follows_polis() {
        let at = |participant: i64, statement: i64, at: i64| Vote { participant, statement, value: 1, at };
        // 1 votes on the only two statements there are at the time: in, and stays in. 2 votes later on two of
        // the nine statements: out. 3 votes on seven, one of them hidden: in.
        let mut votes = vec![at(1, 1, 1), at(1, 2, 2)];
        votes.extend((1..=9).map(|s| at(9, s, 10 + s)));
        votes.extend([at(2, 1, 30), at(2, 2, 31)]);
        votes.extend((3..=9).map(|s| at(3, s, 40 + s)));
        assert_eq!(in_conversation(&votes, 7, 0), vec![1, 3, 9]);
        let map = opinion_map(&votes, &[9], &OpinionSettings { min_placed: 0, ..Default::default() });
        assert_eq!(map.participants.iter().map(|p| p.participant).collect::<Vec<_>>(), vec![1, 3, 9]);
        assert_eq!(map.unplaced, 1);
        // Fewer than `min_placed` in: those with the most votes join, the smaller id first on ties.
        assert_eq!(in_conversation(&votes, 7, 4), vec![1, 2, 3, 9]);
        assert_eq!(in_conversation(&votes, 20, 2), vec![1, 9]);
        assert_eq!(in_conversation(&votes, 20, 3), vec![1, 3, 9]);
    }

    #[test]
    fn the_same_seed_gives_the_same_map() {
        let votes = two_camps(30);
        let s = OpinionSettings::default();
        assert_eq!(opinion_map(&votes, &[], &s), opinion_map(&votes, &[], &s));
    }

    #[test]
    fn empty_and_tiny_conversations() {
        let empty = opinion_map(&[], &[], &OpinionSettings::default());
        assert!(empty.participants.is_empty() && empty.groups.is_empty());
        let one = opinion_map(&[vote(1, 1, 1)], &[], &OpinionSettings::default());
        assert_eq!((one.participants.len(), one.groups.len()), (1, 1));
        serde_json::to_string(&one).unwrap();
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]
        #[test]
        fn vote_order_does_not_matter(swaps in proptest::collection::vec((0usize..1_000, 0usize..1_000), 0..300), seed in 0u64..100) {
            let votes = two_camps(25);
            let mut shuffled = votes.clone();
            for (a, b) in swaps {
                let n = shuffled.len();
                shuffled.swap(a % n, b % n);
            }
            let s = OpinionSettings { seed, ..Default::default() };
            prop_assert_eq!(opinion_map(&votes, &[], &s), opinion_map(&shuffled, &[], &s));
        }
    }

    fn group_votes<'a>(group: &'a str, statement: i64, agree: usize, disagree: usize, pass: usize) -> Vec<GroupVote<'a>> {
        let mut v = vec![GroupVote { statement, stakeholder_group: group, value: 1 }; agree];
        v.extend(vec![GroupVote { statement, stakeholder_group: group, value: -1 }; disagree]);
        v.extend(vec![GroupVote { statement, stakeholder_group: group, value: 0 }; pass]);
        v
    }

    #[test]
    fn multistakeholder_consensus_needs_every_heard_group() {
        let s = MultistakeholderSettings::default();
        let mut votes = Vec::new();
        // 1: government and civil society agree; the private sector's two votes are not heard.
        votes.extend(group_votes("government", 1, 8, 2, 5));
        votes.extend(group_votes("civil-society", 1, 6, 1, 0));
        votes.extend(group_votes("private-sector", 1, 0, 2, 0));
        // 2: the technical community is below the threshold.
        votes.extend(group_votes("government", 2, 9, 1, 0));
        votes.extend(group_votes("technical-community", 2, 5, 5, 0));
        votes.extend(group_votes("civil-society", 2, 7, 3, 0));
        // 3: only one group heard.
        votes.extend(group_votes("government", 3, 10, 0, 0));
        votes.extend(group_votes("academia", 3, 1, 0, 9));
        let result = multistakeholder_consensus(&votes, &s);
        assert_eq!(result.len(), 3);
        assert!(result[0].consensus);
        assert_eq!(result[0].reason, ConsensusReason::Consensus { groups: 2 });
        assert!(!result[0].groups.iter().find(|g| g.stakeholder_group == "private-sector").unwrap().heard);
        assert!(!result[1].consensus);
        assert_eq!(
            result[1].reason,
            ConsensusReason::GroupBelowThreshold { group: "technical-community".into(), share: 0.5, threshold: 0.6 }
        );
        assert_eq!(result[2].reason, ConsensusReason::TooFewGroups { heard: 1, minimum: 2 });
        assert_eq!(result[2].reason.code(), "too-few-groups");
        let json = serde_json::to_string(&result[1]).unwrap();
        assert!(json.contains(r#""code":"group-below-threshold""#), "{json}");
    }
}

//! Minimum-cost flow by successive shortest paths (Dijkstra on reduced costs with Johnson potentials).
//! Exact for integer capacities and non-negative costs: the flow it returns is a minimum-cost maximum flow.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

#[derive(Debug, Clone)]
struct Edge {
    to: usize,
    capacity: i64,
    cost: i64,
}

/// A flow network; edges are added in pairs (forward and residual).
#[derive(Debug, Clone, Default)]
pub struct Network {
    edges: Vec<Edge>,
    adjacency: Vec<Vec<usize>>,
}

impl Network {
    pub fn new(nodes: usize) -> Network {
        Network { edges: Vec::new(), adjacency: vec![Vec::new(); nodes] }
    }

    pub fn add_node(&mut self) -> usize {
        self.adjacency.push(Vec::new());
        self.adjacency.len() - 1
    }

    /// Adds an edge and returns its id (to read its flow later). Costs must be non-negative.
    pub fn add_edge(&mut self, from: usize, to: usize, capacity: i64, cost: i64) -> usize {
        debug_assert!(cost >= 0, "non-negative costs only");
        let id = self.edges.len();
        self.edges.push(Edge { to, capacity, cost });
        self.edges.push(Edge { to: from, capacity: 0, cost: -cost });
        self.adjacency[from].push(id);
        self.adjacency[to].push(id + 1);
        id
    }

    /// The flow on an edge after [`Network::min_cost_flow`].
    pub fn flow(&self, edge: usize) -> i64 {
        self.edges[edge + 1].capacity
    }

    /// An optimality certificate checked independently of the algorithm that produced the flow: a flow is of
    /// minimum cost exactly when its residual network has no cycle of negative cost (Bellman–Ford, queue-based).
    pub fn residual_has_negative_cycle(&self) -> bool {
        let n = self.adjacency.len();
        let mut distance = vec![0i64; n];
        let mut in_queue = vec![true; n];
        let mut relaxations = vec![0usize; n];
        let mut queue: std::collections::VecDeque<usize> = (0..n).collect();
        while let Some(node) = queue.pop_front() {
            in_queue[node] = false;
            for &e in &self.adjacency[node] {
                let edge = &self.edges[e];
                if edge.capacity > 0 && distance[node] + edge.cost < distance[edge.to] {
                    distance[edge.to] = distance[node] + edge.cost;
                    relaxations[edge.to] += 1;
                    if relaxations[edge.to] >= n {
                        return true;
                    }
                    if !in_queue[edge.to] {
                        in_queue[edge.to] = true;
                        queue.push_back(edge.to);
                    }
                }
            }
        }
        false
    }

    /// Sends as much flow as possible (at most `limit`) from `source` to `sink` at minimum total cost.
    /// Returns (flow, cost).
    pub fn min_cost_flow(&mut self, source: usize, sink: usize, limit: i64) -> (i64, i64) {
        let n = self.adjacency.len();
        let mut potential = vec![0i64; n];
        let (mut flow, mut cost) = (0, 0);
        let mut distance = vec![i64::MAX; n];
        let mut via = vec![usize::MAX; n];
        while flow < limit {
            distance.iter_mut().for_each(|d| *d = i64::MAX);
            distance[source] = 0;
            let mut queue = BinaryHeap::from([Reverse((0i64, source))]);
            while let Some(Reverse((d, node))) = queue.pop() {
                if d > distance[node] {
                    continue;
                }
                for &e in &self.adjacency[node] {
                    let edge = &self.edges[e];
                    if edge.capacity == 0 {
                        continue;
                    }
                    let next = d + edge.cost + potential[node] - potential[edge.to];
                    if next < distance[edge.to] {
                        distance[edge.to] = next;
                        via[edge.to] = e;
                        queue.push(Reverse((next, edge.to)));
                    }
                }
            }
            if distance[sink] == i64::MAX {
                break;
            }
            for (p, d) in potential.iter_mut().zip(&distance) {
                if *d < i64::MAX {
                    *p += d;
                }
            }
            let mut push = limit - flow;
            let mut node = sink;
            while node != source {
                let e = via[node];
                push = push.min(self.edges[e].capacity);
                node = self.edges[e ^ 1].to;
            }
            let mut node = sink;
            while node != source {
                let e = via[node];
                self.edges[e].capacity -= push;
                self.edges[e ^ 1].capacity += push;
                cost += push * self.edges[e].cost;
                node = self.edges[e ^ 1].to;
            }
            flow += push;
        }
        (flow, cost)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_cheap_path_first_and_the_dear_one_when_it_must() {
        let mut net = Network::new(4);
        let cheap = net.add_edge(0, 1, 1, 1);
        net.add_edge(1, 3, 2, 1);
        let dear = net.add_edge(0, 2, 5, 5);
        net.add_edge(2, 3, 5, 0);
        assert_eq!(net.clone().min_cost_flow(0, 3, 1), (1, 2));
        assert_eq!(net.min_cost_flow(0, 3, 3), (3, 2 + 10));
        assert_eq!((net.flow(cheap), net.flow(dear)), (1, 2));
        assert!(!net.residual_has_negative_cycle(), "the minimum-cost flow has no negative residual cycle");
    }

    #[test]
    fn a_suboptimal_flow_shows_a_negative_residual_cycle() {
        // Push one unit along the dear path by hand: the cheap path is then a negative cycle away.
        let mut net = Network::new(4);
        net.add_edge(0, 1, 1, 0);
        net.add_edge(1, 3, 1, 1);
        let dear = net.add_edge(0, 2, 1, 0);
        let dear_out = net.add_edge(2, 3, 1, 9);
        for e in [dear, dear_out] {
            net.edges[e].capacity -= 1;
            net.edges[e ^ 1].capacity += 1;
        }
        assert!(net.residual_has_negative_cycle());
    }

    #[test]
    fn reroutes_earlier_flow_when_that_is_cheaper() {
        // The first shortest path blocks the second unit unless the residual edge undoes it.
        let mut net = Network::new(4);
        net.add_edge(0, 1, 1, 0);
        net.add_edge(0, 2, 1, 0);
        net.add_edge(1, 3, 1, 10);
        net.add_edge(1, 2, 1, 0);
        net.add_edge(2, 3, 1, 0);
        assert_eq!(net.min_cost_flow(0, 3, 2), (2, 10));
    }
}

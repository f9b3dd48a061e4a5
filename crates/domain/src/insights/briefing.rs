//! Briefings: the statements relevant to a question or a topic, the key points chosen among them by maximal
//! marginal relevance (Carbonell & Goldstein 1998: each next point the most relevant one least like the points
//! already chosen), and the timeline of who spoke on it in each cycle.

use super::statements::Statement;
use super::topics::{Sparse, Vectors, dot};
use serde::Serialize;
use std::collections::BTreeMap;

/// How key points are chosen.
#[derive(Debug, Clone)]
pub struct BriefingSettings {
    /// Relevance against novelty: 1 is relevance only, 0 novelty only.
    pub lambda: f32,
    pub key_points: usize,
    /// A statement less similar to the question than this is not about it.
    pub min_relevance: f32,
    /// And less than this share of the most relevant statement's similarity.
    pub relative_relevance: f32,
    /// Candidates considered for key points (the most relevant).
    pub candidates: usize,
}

impl Default for BriefingSettings {
    fn default() -> Self {
        BriefingSettings { lambda: 0.7, key_points: 8, min_relevance: 0.08, relative_relevance: 0.3, candidates: 300 }
    }
}

/// The statements relevant to a query vector, most relevant first (ties: earlier statement first).
pub fn relevant(vectors: &Vectors, query: &Sparse, settings: &BriefingSettings) -> Vec<(usize, f32)> {
    let mut hits: Vec<(usize, f32)> =
        vectors.rows.iter().enumerate().map(|(i, r)| (i, dot(r, query))).filter(|(_, s)| *s >= settings.min_relevance).collect();
    hits.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let floor = hits.first().map_or(0.0, |h| h.1 * settings.relative_relevance);
    hits.retain(|h| h.1 >= floor);
    hits
}

/// Key points by MMR among `candidates` (statement, relevance): a point from the same turn, takeaway or
/// paragraph as one already chosen counts as a repeat of it, and the same words said again elsewhere are not
/// a new point (the first, most relevant, is kept).
pub fn key_points(candidates: &[(usize, f32)], statements: &[Statement], vectors: &Vectors, settings: &BriefingSettings) -> Vec<usize> {
    let pool: Vec<(usize, f32)> = candidates.iter().take(settings.candidates).copied().collect();
    let mut chosen: Vec<usize> = Vec::new();
    let mut taken = vec![false; pool.len()];
    while chosen.len() < settings.key_points {
        let mut best: Option<(usize, f32)> = None;
        for (j, &(i, relevance)) in pool.iter().enumerate() {
            if taken[j] {
                continue;
            }
            let redundancy = chosen
                .iter()
                .map(|&c| {
                    let (a, b) = (&statements[i], &statements[c]);
                    if a.kind == b.kind && a.origin.id == b.origin.id && a.position == b.position {
                        1.0
                    } else {
                        dot(&vectors.rows[i], &vectors.rows[c])
                    }
                })
                .fold(0.0f32, f32::max);
            let score = settings.lambda * relevance - (1.0 - settings.lambda) * redundancy;
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((j, score));
            }
        }
        let Some((j, _)) = best else { break };
        taken[j] = true;
        let same_words = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
        if chosen.iter().any(|&c| same_words(&statements[c].text, &statements[pool[j].0].text)) {
            continue;
        }
        chosen.push(pool[j].0);
    }
    chosen
}

/// One cycle of a timeline: how many statements, and how many from each stakeholder group (empty code: not
/// known).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CycleVolume {
    pub year: i64,
    pub cycle: String,
    pub statements: usize,
    pub sources: usize,
    pub by_group: Vec<(String, usize)>,
}

/// The timeline of some statements, by year.
pub fn timeline(statements: &[&Statement]) -> Vec<CycleVolume> {
    let mut years: BTreeMap<i64, (String, usize, std::collections::BTreeSet<(i64, &str)>, BTreeMap<String, usize>)> = BTreeMap::new();
    for s in statements {
        let e = years.entry(s.origin.year).or_insert_with(|| (s.origin.cycle.clone(), 0, Default::default(), BTreeMap::new()));
        e.1 += 1;
        e.2.insert((s.origin.id, s.kind.code()));
        *e.3.entry(s.group.clone()).or_default() += 1;
    }
    years
        .into_iter()
        .map(|(year, (cycle, n, sources, groups))| {
            let mut by_group: Vec<(String, usize)> = groups.into_iter().collect();
            by_group.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            CycleVolume { year, cycle, statements: n, sources: sources.len(), by_group }
        })
        .collect()
}

/// The first draft of a Message started from key points: each point a block quote of its statement, verbatim
/// (an excerpt marked "…"), then who said it — the speaker and their group where known — and the linked source with
/// its year. The Secretariat edits it into the Message; nothing in it is written by Agora but the attributions.
pub fn message_draft(points: &[&Statement], public_url: &str, group_label: &dyn Fn(&str) -> String) -> String {
    points
        .iter()
        .map(|s| {
            let quote: Vec<String> = s.text.lines().map(|l| format!("> {l}")).collect();
            let ellipsis = if s.excerpt { " …" } else { "" };
            let who = match (s.speaker.is_empty(), s.group.is_empty()) {
                (true, _) => String::new(),
                (false, true) => format!("{}, ", s.speaker),
                (false, false) => format!("{} ({}), ", s.speaker, group_label(&s.group)),
            };
            let title = s.origin.title.replace(['[', ']'], "");
            format!("{}{ellipsis}\n>\n> — {who}[{title}]({public_url}{}), {}", quote.join("\n"), s.origin.url, s.origin.year)
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insights::statements::{Kind, Origin};
    use crate::insights::topics::TopicSettings;
    use crate::insights::topics::tests::analyse;

    #[test]
    fn a_message_draft_quotes_each_point_verbatim_with_who_said_it_and_where() {
        let mut said = statement(4, "Community networks need spectrum.", 2025, "civil-society");
        said.speaker = "Amina Diallo".into();
        said.origin.url = "/sessions/4#speaker-turns".into();
        said.origin.title = "Connecting the [last] billion".into();
        let mut written = statement(9, "Libraries connect villages", 2024, "");
        written.excerpt = true;
        written.origin.url = "/sessions/9/report".into();
        written.origin.title = "Libraries".into();
        let draft = message_draft(&[&said, &written], "https://igf.example", &|g: &str| g.replace('-', " "));
        assert_eq!(
            draft,
            "> Community networks need spectrum.\n>\n> — Amina Diallo (civil society), \
             [Connecting the last billion](https://igf.example/sessions/4#speaker-turns), 2025\n\n\
             > Libraries connect villages …\n>\n> — [Libraries](https://igf.example/sessions/9/report), 2024"
        );
    }

    fn statement(id: i64, text: &str, year: i64, group: &str) -> Statement {
        Statement {
            kind: Kind::Turn,
            origin: Origin { id, year, cycle: format!("IGF {year}"), ..Origin::default() },
            position: 1,
            sentence: 1,
            speaker: String::new(),
            group: group.into(),
            lang: "en",
            text: text.into(),
            excerpt: false,
        }
    }

    #[test]
    fn mmr_prefers_a_new_point_to_a_repeat() {
        let s = vec![
            statement(1, "Community networks need spectrum licences.", 2023, "civil-society"),
            statement(2, "Community networks need spectrum licences.", 2024, "government"),
            statement(3, "Community networks need local finance and cooperatives.", 2024, ""),
            statement(5, "Community networks need spectrum licences.", 2025, ""),
            statement(4, "Artificial intelligence needs accountability.", 2024, ""),
        ];
        let terms: Vec<Vec<String>> = s.iter().map(|s| analyse(&s.text)).collect();
        let vectors = Vectors::new(&terms, &TopicSettings { min_df: 1, max_df_share: 1.0, ..TopicSettings::default() });
        let query = vectors.vector(&analyse("community networks"));
        let settings = BriefingSettings { key_points: 2, ..BriefingSettings::default() };
        let hits = relevant(&vectors, &query, &settings);
        assert!(hits.iter().all(|(i, _)| *i != 4), "the AI statement is not about community networks");
        let points = key_points(&hits, &s, &vectors, &settings);
        assert_eq!(points.len(), 2);
        assert!(points.contains(&2), "the second point is the new one, not the repeat: {points:?}");
        let refs: Vec<&Statement> = s.iter().collect();
        let t = timeline(&refs);
        assert_eq!(t.iter().map(|c| (c.year, c.statements)).collect::<Vec<_>>(), vec![(2023, 1), (2024, 3), (2025, 1)]);
        assert_eq!(t[1].by_group[0], (String::new(), 2));
        let all = key_points(&hits, &s, &vectors, &BriefingSettings::default());
        assert_eq!(all, vec![0, 2], "the same words said three times are one point");
    }
}

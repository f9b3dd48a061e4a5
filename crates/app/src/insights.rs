//! Insights: the archive's statements, topics and emerging issues, built from the public texts (reports,
//! transcripts, Messages) and kept in memory until the public record moves on; briefings for a question and
//! topic pages read from the build. The method is in agora_domain::insights and docs/insights.md.

use agora_domain::insights::briefing::{self, BriefingSettings, CycleVolume};
use agora_domain::insights::emerging::{self, EmergingSettings, Growth};
use agora_domain::insights::statements::{self, Origin, Person, Statement};
use agora_domain::insights::topics::{self, Topic, TopicSettings, Vectors};
use agora_domain::insights::words::{is_stop_word, language};
use agora_domain::reports::CallToAction;
use agora_store::{Db, StoreError, insights as store};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

#[derive(Debug, thiserror::Error)]
pub enum InsightsError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("building the insights failed: {0}")]
    Task(String),
    #[error("no topic {0}")]
    NoTopic(u32),
    /// A draft Message needs a title of 1 to 200 characters.
    #[error("the title must have 1 to 200 characters")]
    Title,
    /// A draft Message needs key points to start from.
    #[error("there are no key points to start a Message from")]
    NoKeyPoints,
}

/// One build of the insights.
#[derive(Debug, Default)]
pub struct Build {
    /// The public record's head the build is current to.
    pub head: i64,
    pub statements: Vec<Statement>,
    pub vectors: Vectors,
    /// Largest first.
    pub topics: Vec<Topic>,
    /// Each statement's topic number.
    pub topic_of: Vec<Option<u32>>,
    /// Per year, the topics that grew significantly against the years before.
    pub emerging: Vec<(i64, Vec<Growth>)>,
    pub took: Duration,
}

impl Build {
    pub fn topic(&self, id: u32) -> Option<&Topic> {
        self.topics.iter().find(|t| t.id == id)
    }
}

/// The year of a cycle: the four-digit year in its name ("IGF 2025"), else the year of the date.
pub fn year_of(cycle: &str, date: i64) -> i64 {
    cycle
        .split(|c: char| !c.is_ascii_digit())
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse().ok())
        .find(|y| (1990..2200).contains(y))
        .unwrap_or_else(|| 1970 + date.div_euclid(31_556_952))
}

/// Where statements come from: a text of a cycle, seen at `url`, dated by its cycle's year.
fn origin(id: i64, url: String, title: String, cycle_id: i64, cycle: String, date: i64) -> Origin {
    Origin { id, url, title, cycle_id, year: year_of(&cycle, date), cycle, date }
}

/// Every statement of the public texts, in a fixed order (reports, transcripts, Messages, each by number).
pub async fn statements(db: &Db) -> Result<(i64, Vec<Statement>), InsightsError> {
    let mut conn = db.acquire().await?;
    let head = agora_store::record::head(&mut conn).await?;
    let mut out = Vec::new();
    for r in store::reports(&mut conn).await? {
        let origin = origin(r.session_id, format!("/sessions/{}/report", r.session_id), r.title, r.cycle_id, r.cycle, r.date);
        let takeaways: Vec<String> = serde_json::from_str(&r.takeaways).unwrap_or_default();
        let calls: Vec<String> =
            serde_json::from_str::<Vec<CallToAction>>(&r.calls).unwrap_or_default().into_iter().map(|c| c.text).collect();
        out.extend(statements::from_report(&origin, &takeaways, &calls, &r.summary));
    }
    let mut people: HashMap<i64, Vec<Person>> = HashMap::new();
    for p in store::people(&mut conn).await? {
        people.entry(p.session_id).or_default().push(Person { name: p.name, group: p.stakeholder_group });
    }
    for t in store::transcripts(&mut conn).await? {
        let origin = origin(t.session_id, format!("/sessions/{}#speaker-turns", t.session_id), t.title, t.cycle_id, t.cycle, t.date);
        out.extend(statements::from_transcript(&origin, &t.transcript, people.get(&t.session_id).map_or(&[], Vec::as_slice)));
    }
    for m in store::messages(&mut conn).await? {
        let origin = origin(m.id, format!("/messages/{}", m.id), m.title, m.cycle_id, m.cycle, m.date);
        out.extend(statements::from_message(&origin, &m.body));
    }
    Ok((head, out))
}

/// The analysed terms of a text: stems from the archive's analyser of its language, stop words left out.
pub fn terms(lang: &str, text: &str) -> Vec<String> {
    agora_search::analysis::stems(lang, text, |w| !is_stop_word(lang, w) && w.chars().count() > 2 || w.chars().any(|c| c as u32 >= 0x3040))
}

/// Builds topics and emerging issues over statements (pure computation; run it off the async runtime).
pub fn compute(head: i64, statements: Vec<Statement>, previous: &[Topic]) -> Build {
    let started = Instant::now();
    let texts: Vec<(&str, &'static str)> = statements.iter().map(|s| (s.text.as_str(), s.lang)).collect();
    let terms: Vec<Vec<String>> = statements.iter().map(|s| terms(s.lang, &s.text)).collect();
    let (vectors, topics) = topics::build(&texts, &terms, previous, &TopicSettings::default());
    let mut topic_of = vec![None; statements.len()];
    for t in &topics {
        for &m in &t.members {
            topic_of[m] = Some(t.id);
        }
    }
    let by_year: Vec<(i64, Option<u32>)> = statements.iter().zip(&topic_of).map(|(s, t)| (s.origin.year, *t)).collect();
    let emerging = emerging::emerging(&by_year, &EmergingSettings::default());
    Build { head, statements, vectors, topics, topic_of, emerging, took: started.elapsed() }
}

/// This node's insights, rebuilt when the public record has moved on since the last build (looked at no more
/// often than every half second); a rebuild keeps the numbers of the topics it matches.
#[derive(Default)]
pub struct Insights {
    current: RwLock<Option<(Instant, Arc<Build>)>>,
    building: tokio::sync::Mutex<()>,
}

const RECHECK: Duration = Duration::from_millis(500);

impl Insights {
    /// The last build, however old, without building: for pages that show insights beside other things and must
    /// not wait for a build (the cycle page's emerging issues). None before the first build.
    pub fn latest(&self) -> Option<Arc<Build>> {
        self.current.read().unwrap_or_else(|p| p.into_inner()).as_ref().map(|(_, build)| build.clone())
    }

    pub async fn current(&self, db: &Db) -> Result<Arc<Build>, InsightsError> {
        if let Some((checked, build)) = self.current.read().unwrap_or_else(|p| p.into_inner()).as_ref()
            && checked.elapsed() < RECHECK
        {
            return Ok(build.clone());
        }
        let _one_at_a_time = self.building.lock().await;
        let head = {
            let mut conn = db.acquire().await?;
            agora_store::record::head(&mut conn).await?
        };
        let previous = self.current.read().unwrap_or_else(|p| p.into_inner()).as_ref().map(|(_, b)| b.clone());
        if let Some(build) = previous.as_ref().filter(|b| b.head == head) {
            *self.current.write().unwrap_or_else(|p| p.into_inner()) = Some((Instant::now(), build.clone()));
            return Ok(build.clone());
        }
        let (head, found) = statements(db).await?;
        let before = previous.map(|b| b.topics.clone()).unwrap_or_default();
        let build =
            tokio::task::spawn_blocking(move || compute(head, found, &before)).await.map_err(|e| InsightsError::Task(e.to_string()))?;
        let build = Arc::new(build);
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Some((Instant::now(), build.clone()));
        Ok(build)
    }
}

/// A key point: a statement (by index) and how relevant it is.
#[derive(Debug, Clone)]
pub struct KeyPoint {
    pub statement: usize,
    pub relevance: f32,
}

/// What the forum said about a question or a topic.
#[derive(Debug, Clone)]
pub struct Briefing {
    /// How many statements are about it.
    pub statements: usize,
    pub key_points: Vec<KeyPoint>,
    pub timeline: Vec<CycleVolume>,
    /// The topics its statements are in, with how many, most first.
    pub topics: Vec<(u32, usize)>,
    /// Years in which it was an emerging issue (topic pages only).
    pub emerging: Vec<Growth>,
}

fn briefing_of(build: &Build, hits: Vec<(usize, f32)>, settings: &BriefingSettings) -> Briefing {
    let points = briefing::key_points(&hits, &build.statements, &build.vectors, settings);
    let relevance: HashMap<usize, f32> = hits.iter().copied().collect();
    let about: Vec<&Statement> = hits.iter().map(|(i, _)| &build.statements[*i]).collect();
    let mut topics: HashMap<u32, usize> = HashMap::new();
    for (i, _) in &hits {
        if let Some(t) = build.topic_of[*i] {
            *topics.entry(t).or_default() += 1;
        }
    }
    let mut topics: Vec<(u32, usize)> = topics.into_iter().collect();
    topics.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Briefing {
        statements: hits.len(),
        key_points: points.into_iter().map(|i| KeyPoint { statement: i, relevance: relevance[&i] }).collect(),
        timeline: briefing::timeline(&about),
        topics,
        emerging: Vec::new(),
    }
}

/// What the forum said about a question: the statements most like it (tf-idf cosine), key points by MMR.
pub fn ask(build: &Build, question: &str) -> Briefing {
    let lang = language(question);
    let query = build.vectors.vector(&terms(lang, question));
    let settings = BriefingSettings::default();
    // A statement is about a question of one or two words when it has all of them, else half of them.
    let needed = if query.len() <= 2 { query.len() } else { query.len().div_ceil(2) };
    let mut hits = briefing::relevant(&build.vectors, &query, &settings);
    hits.retain(|(i, _)| build.vectors.rows[*i].iter().filter(|(t, _)| query.iter().any(|(q, _)| q == t)).count() >= needed);
    briefing_of(build, hits, &settings)
}

/// A topic's page: its statements (closest to its centroid first), key points by MMR against its centroid.
pub fn topic(build: &Build, id: u32) -> Result<Briefing, InsightsError> {
    let topic = build.topic(id).ok_or(InsightsError::NoTopic(id))?;
    let hits: Vec<(usize, f32)> = topic.members.iter().map(|&m| (m, topics::dot(&build.vectors.rows[m], &topic.centroid))).collect();
    let mut briefing = briefing_of(build, hits, &BriefingSettings::default());
    briefing.emerging = build.emerging.iter().flat_map(|(_, g)| g.iter().filter(|g| g.topic == id).cloned()).collect();
    Ok(briefing)
}

/// Starts a draft Message in a cycle from a briefing's key points: each point quoted verbatim with its speaker,
/// group and linked source, for the Secretariat to edit into the Message and put to comment as any other. Returns
/// the Message's number.
pub async fn draft_message(
    conn: &mut agora_store::Conn,
    build: &Build,
    briefing: &Briefing,
    cycle_id: i64,
    title: &str,
    public_url: &str,
    group_label: &(dyn Fn(&str) -> String + Sync),
) -> Result<i64, InsightsError> {
    let title = title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        return Err(InsightsError::Title);
    }
    let points: Vec<&Statement> = briefing.key_points.iter().map(|p| &build.statements[p.statement]).collect();
    if points.is_empty() {
        return Err(InsightsError::NoKeyPoints);
    }
    agora_store::cycles::get(&mut *conn, cycle_id).await?;
    let body = briefing::message_draft(&points, public_url, group_label);
    Ok(agora_store::messages::create(conn, cycle_id, None, "message", title, &body, &[]).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_come_from_cycle_names_or_dates() {
        assert_eq!(year_of("IGF 2023 Kyoto", 0), 2023);
        assert_eq!(year_of("Demo cycle", 1_700_000_000), 2023);
    }

    #[test]
    fn terms_are_stems_without_stop_words() {
        assert_eq!(terms("en", "Thank you, the networks are governing"), vec!["network", "govern"]);
    }
}

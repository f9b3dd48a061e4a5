//! Insights pages: `/insights` (ask a question, the topics, each year's emerging issues with their evidence),
//! `/insights/briefing?q=` (what the forum said about a question) and `/insights/topics/{id}` (a topic's
//! history), each downloadable as Markdown with `format=md`. Every quoted sentence is a verbatim statement
//! linked to its source.

use crate::charts::{Bar, bar_chart};
use crate::forms::FormData;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_app::insights::{self as use_case, Briefing, Build};
use agora_domain::accounts::Action;
use agora_domain::insights::briefing::CycleVolume;
use agora_domain::insights::emerging::Growth;
use agora_domain::insights::statements::Statement;
use askama::Template;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Redirect;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use std::sync::Arc;

pub fn routes() -> Router<App> {
    Router::new()
        .route("/insights", get(index))
        .route("/insights/briefing", get(briefing))
        .route("/insights/topics/{id}", get(topic))
        .route("/insights/message", post(start_message))
}

/// Keeps this node's insights current once they have been built (a rebuild when the public record has moved on,
/// looked at every half minute), so that pages showing them beside other things — the cycle page's emerging issues —
/// never wait for one. Nothing is built at start: a node whose insights nobody reads spends nothing on them.
pub async fn keep_current(app: App) {
    loop {
        tokio::time::sleep(std::time::Duration::from_secs(30)).await;
        if app.insights.latest().is_some()
            && let Err(e) = app.insights.current(&app.db).await
        {
            tracing::warn!(error = %e, "building the insights");
        }
    }
}

impl From<agora_app::insights::InsightsError> for AppError {
    fn from(e: agora_app::insights::InsightsError) -> AppError {
        match e {
            agora_app::insights::InsightsError::NoTopic(_) => AppError::NotFound,
            agora_app::insights::InsightsError::Title => {
                AppError::BadRequest("a draft Message needs a title of 1 to 200 characters".into())
            }
            agora_app::insights::InsightsError::NoKeyPoints => {
                AppError::BadRequest("there are no key points to start a Message from".into())
            }
            agora_app::insights::InsightsError::Store(e) => AppError::Store(e),
            other => AppError::Internal(other.to_string()),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct BriefingQuery {
    q: String,
    format: String,
}

/// A topic in a list: its number, label and size.
pub(crate) struct TopicLink {
    pub id: u32,
    pub label: String,
    statements: usize,
}

/// An emerging issue as shown: the topic, its share this year and before, and the test's figures.
pub(crate) struct EmergingRow {
    pub topic: TopicLink,
    pub share: String,
    pub before_share: String,
    count: usize,
    before_count: usize,
    pub z: String,
    pub p_value: String,
    pub g2: String,
}

/// A year's emerging issues from this node's last build (none before the first build): for the cycle page.
pub(crate) fn emerging_in(app: &App, year: i64) -> Vec<EmergingRow> {
    let Some(build) = app.insights.latest() else { return Vec::new() };
    build.emerging.iter().filter(|(y, _)| *y == year).flat_map(|(_, grown)| grown.iter().map(|g| emerging_row(&build, g))).collect()
}

fn topic_link(build: &Build, id: u32) -> TopicLink {
    let t = build.topic(id);
    TopicLink { id, label: t.map(|t| t.label.join(" · ")).unwrap_or_default(), statements: t.map_or(0, |t| t.members.len()) }
}

fn percent(share: f64) -> String {
    format!("{:.1} %", share * 100.0)
}

fn p_text(p: f64) -> String {
    if p < 0.0001 { "< 0.0001".into() } else { format!("{p:.4}") }
}

fn emerging_row(build: &Build, g: &Growth) -> EmergingRow {
    EmergingRow {
        topic: topic_link(build, g.topic),
        share: percent(g.share),
        before_share: percent(g.before_share),
        count: g.count,
        before_count: g.before_count,
        z: format!("{:.2}", g.z),
        p_value: p_text(g.p_value),
        g2: format!("{:.1}", g.g2),
    }
}

#[derive(Template)]
#[template(path = "insights/index.html")]
struct IndexPage {
    page: Page,
    statements: usize,
    sources: usize,
    topics: Vec<TopicLink>,
    /// Newest year first.
    emerging: Vec<(i64, Vec<EmergingRow>)>,
}

impl IndexPage {
    fn counts(&self) -> String {
        self.page.t_with("insights-counts", &[("count", self.statements.to_string()), ("total", self.sources.to_string())])
    }
}

/// `GET /insights`
async fn index(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let build = app.insights.current(&app.db).await?;
    let mut sources: Vec<(&str, i64)> = build.statements.iter().map(|s| (s.kind.code(), s.origin.id)).collect();
    sources.sort_unstable();
    sources.dedup();
    let topics = build.topics.iter().map(|t| topic_link(&build, t.id)).collect();
    let emerging =
        build.emerging.iter().rev().map(|(year, grown)| (*year, grown.iter().map(|g| emerging_row(&build, g)).collect())).collect();
    Ok(html(&IndexPage { page, statements: build.statements.len(), sources: sources.len(), topics, emerging }))
}

/// A key point as shown.
struct PointView {
    text: String,
    excerpt: bool,
    url: String,
    title: String,
    year: i64,
    kind: &'static str,
    position: usize,
    speaker: String,
    group: String,
    lang: &'static str,
}

/// A year of a timeline as shown: its counts and who spoke, by stakeholder group.
struct VolumeRow {
    year: i64,
    statements: usize,
    sources: usize,
    groups: Vec<(String, usize)>,
}

#[derive(Template)]
#[template(path = "insights/briefing.html")]
struct BriefingPage {
    page: Page,
    /// The question asked, or empty on a topic page.
    question: String,
    /// The topic of a topic page.
    topic: Option<TopicLink>,
    statements: usize,
    points: Vec<PointView>,
    timeline: Vec<VolumeRow>,
    chart: String,
    topics: Vec<(TopicLink, usize)>,
    emerging: Vec<(i64, EmergingRow)>,
    markdown_href: String,
    /// The recommendations made on it, found in the archive, with where each stands with its bodies.
    recommendations: Vec<RecommendationOnIt>,
    /// For the Secretariat: the cycles a Message can be started in from the key points (empty for others).
    cycles: Vec<(i64, String)>,
    /// The draft Message's title as typed, and why it was refused.
    message_title: String,
    error: String,
}

/// A recommendation found on a briefing's question or a topic, and each addressed body's answer so far.
struct RecommendationOnIt {
    url: String,
    title: String,
    answers: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "insights/briefing.md", escape = "none")]
struct BriefingMarkdown<'a> {
    view: &'a BriefingPage,
    base: String,
}

impl BriefingPage {
    fn title(&self) -> String {
        match &self.topic {
            Some(t) => self.page.t1("insights-topic-title", "title", &t.label),
            None => self.page.t1("insights-briefing-title", "query", &self.question),
        }
    }

    fn emerged_in(&self, year: &i64, r: &EmergingRow) -> String {
        self.page
            .t_with("insights-emerged-in", &[("year", year.to_string()), ("share", r.share.clone()), ("value", r.before_share.clone())])
    }

    fn group_label(&self, code: &str) -> String {
        if code.is_empty() { self.page.t("insights-group-unknown") } else { self.page.term("stakeholder-group", code) }
    }

    fn kind_label(&self, point: &PointView) -> String {
        self.page.t1(&format!("insights-kind-{}", point.kind), "position", point.position)
    }

    /// A Markdown block quote of a statement: each line prefixed, its text kept verbatim.
    fn quote(&self, point: &PointView) -> String {
        let ellipsis = if point.excerpt { " …" } else { "" };
        point.text.lines().map(|l| format!("> {l}")).collect::<Vec<_>>().join("\n") + ellipsis
    }
}

fn point_view(s: &Statement) -> PointView {
    PointView {
        text: s.text.clone(),
        excerpt: s.excerpt,
        url: s.origin.url.clone(),
        title: s.origin.title.clone(),
        year: s.origin.year,
        kind: s.kind.code(),
        position: s.position,
        speaker: s.speaker.clone(),
        group: s.group.clone(),
        lang: s.lang,
    }
}

fn volume_rows(timeline: &[CycleVolume]) -> Vec<VolumeRow> {
    timeline.iter().map(|c| VolumeRow { year: c.year, statements: c.statements, sources: c.sources, groups: c.by_group.clone() }).collect()
}

fn briefing_page(
    page: Page,
    build: &Arc<Build>,
    briefing: Briefing,
    question: String,
    topic: Option<TopicLink>,
    markdown_href: String,
) -> BriefingPage {
    let timeline = volume_rows(&briefing.timeline);
    let bars: Vec<Bar> = timeline.iter().map(|r| Bar { label: r.year.to_string(), value: Some(r.statements as u64) }).collect();
    let chart = if bars.len() > 1 {
        bar_chart(
            "insights-timeline-chart",
            &page.t("insights-timeline"),
            &page.t("insights-timeline-description"),
            &bars,
            "",
            page.lang.is_right_to_left(),
        )
    } else {
        String::new()
    };
    let topics = briefing.topics.iter().take(5).map(|(id, n)| (topic_link(build, *id), *n)).collect();
    let emerging = briefing.emerging.iter().map(|g| (g.year, emerging_row(build, g))).collect();
    BriefingPage {
        statements: briefing.statements,
        points: briefing.key_points.iter().map(|p| point_view(&build.statements[p.statement])).collect(),
        timeline,
        chart,
        topics,
        emerging,
        question,
        topic,
        markdown_href,
        page,
        recommendations: Vec::new(),
        cycles: Vec::new(),
        message_title: String::new(),
        error: String::new(),
    }
}

/// What the archive's search should look for to find recommendations on a question or topic: the question as
/// asked, or any of the topic's label phrases.
fn recommendation_query(view: &BriefingPage) -> String {
    match &view.topic {
        Some(t) => t.label.split(" · ").map(|phrase| format!("\"{phrase}\"")).collect::<Vec<_>>().join(" OR "),
        None => view.question.clone(),
    }
}

/// Fills what the page shows beside the briefing: the recommendations made on it and, for the Secretariat, the
/// cycles to start a Message in.
async fn with_context(app: &App, mut view: BriefingPage) -> Result<BriefingPage, AppError> {
    let request = agora_search::Request {
        q: recommendation_query(&view),
        kind: "recommendation".into(),
        page: 1,
        per_page: 10,
        ..Default::default()
    };
    let archive = app.archive.clone();
    let hits = match tokio::task::spawn_blocking(move || archive.search(&request)).await {
        Ok(Ok(results)) => results.hits,
        _ => Vec::new(),
    };
    let mut conn = app.db.acquire().await?;
    let bodies = agora_store::bodies::list(&mut conn).await?;
    for hit in hits {
        let answers = agora_store::recommendations::addressed(&mut conn, Some(hit.id))
            .await?
            .into_iter()
            .map(|a| {
                let body = bodies
                    .iter()
                    .find(|b| b.id == a.body_id)
                    .map(|b| if b.acronym.is_empty() { b.name.clone() } else { b.acronym.clone() });
                (body.unwrap_or_default(), a.status)
            })
            .collect();
        view.recommendations.push(RecommendationOnIt { url: hit.url, title: hit.title, answers });
    }
    if view.page.may(Action::ManageConsultations) && view.statements > 0 {
        view.cycles = agora_store::cycles::list(&mut conn).await?.into_iter().map(|c| (c.id, c.name)).collect();
    }
    Ok(view)
}

fn respond(app: &App, view: BriefingPage, format: &str, name: &str) -> Result<Response, AppError> {
    if format != "md" {
        return Ok(html(&view));
    }
    let markdown =
        BriefingMarkdown { view: &view, base: app.config.public_url.clone() }.render().map_err(|e| AppError::Internal(e.to_string()))?;
    let mut response = crate::export::bytes_response("text/markdown; charset=utf-8", markdown.into_bytes());
    if let Ok(value) = format!("attachment; filename=\"{name}.md\"").parse() {
        response.headers_mut().insert(axum::http::header::CONTENT_DISPOSITION, value);
    }
    Ok(response.into_response())
}

/// `GET /insights/briefing?q=`
async fn briefing(State(app): State<App>, page: Page, Query(query): Query<BriefingQuery>) -> Result<Response, AppError> {
    let question: String = query.q.trim().chars().take(300).collect();
    if question.is_empty() {
        return Ok(axum::response::Redirect::to(&page.href("/insights")).into_response());
    }
    let build = app.insights.current(&app.db).await?;
    let answer = use_case::ask(&build, &question);
    let markdown_href = format!("{}?q={}&format=md", page.href("/insights/briefing"), crate::query_value(&question));
    let view = with_context(&app, briefing_page(page, &build, answer, question, None, markdown_href)).await?;
    respond(&app, view, &query.format, "briefing")
}

/// `GET /insights/topics/{id}`
async fn topic(
    State(app): State<App>,
    page: Page,
    Path(id): Path<String>,
    Query(query): Query<BriefingQuery>,
) -> Result<Response, AppError> {
    let id: u32 = id.parse().map_err(|_| AppError::NotFound)?;
    let build = app.insights.current(&app.db).await?;
    let briefing = use_case::topic(&build, id)?;
    let markdown_href = format!("{}?format=md", page.href(&format!("/insights/topics/{id}")));
    let view =
        with_context(&app, briefing_page(page, &build, briefing, String::new(), Some(topic_link(&build, id)), markdown_href)).await?;
    respond(&app, view, &query.format, &format!("topic-{id}"))
}

/// `POST /insights/message`: the Secretariat starts a draft Message in a cycle from the key points of a question
/// (`q`) or a topic (`topic`), then edits it and puts it to comment as any Message. A refused title comes back on
/// the briefing with what was typed.
async fn start_message(State(app): State<App>, page: Page, form: FormData) -> Result<Response, AppError> {
    page.require_user()?.require(Action::ManageConsultations)?;
    let build = app.insights.current(&app.db).await?;
    let (question, topic) = (form.get("q").trim().to_string(), form.get("topic").parse::<u32>().ok());
    let briefing = match topic {
        Some(id) => use_case::topic(&build, id)?,
        None => use_case::ask(&build, &question),
    };
    let cycle_id: i64 =
        form.get("cycle").parse().map_err(|_| AppError::BadRequest("cycle: the number of the cycle to start the Message in".into()))?;
    let label = |code: &str| page.term("stakeholder-group", code);
    let mut tx = app.db.begin().await?;
    match use_case::draft_message(&mut tx, &build, &briefing, cycle_id, form.get("title"), &app.config.public_url, &label).await {
        Ok(id) => {
            tx.commit().await?;
            app.cache.invalidate();
            Ok(Redirect::to(&page.href(&format!("/messages/{id}"))).into_response())
        }
        Err(agora_app::insights::InsightsError::Title) => {
            drop(tx);
            let topic_link = topic.map(|id| topic_link(&build, id));
            let mut view = briefing_page(page, &build, briefing, question, topic_link, String::new());
            view.error = view.page.t("insights-message-error-title");
            view.message_title = form.get("title").to_string();
            let view = with_context(&app, view).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html(&view)).into_response())
        }
        Err(e) => Err(e.into()),
    }
}

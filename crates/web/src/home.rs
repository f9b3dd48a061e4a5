//! The home page: what is happening now in the forum's year — each cycle's open phase with its deadline and the
//! next to open, the open consultations, the sessions on now — and, for a signed-in reader, their own work:
//! proposals and their state, evaluations to do with progress, reports to file, groups and agenda.

use crate::dates::day;
use crate::page::{Page, html};
use crate::{App, AppError};
use agora_domain::accounts::Action;
use agora_domain::cycles::{NowAndNext, Phase, now_and_next};
use agora_domain::meeting::Status as RegistrationStatus;
use agora_store::Conn;
use agora_store::programme::LiveSession;
use askama::Template;
use axum::extract::State;
use axum::response::Response;

/// A cycle as the home page announces it.
pub struct CycleNow {
    pub id: i64,
    pub name: String,
    pub host: String,
    /// The phase open now, the last day it is open, where to take part and the button's words.
    pub current: Option<(&'static str, String, String, String)>,
    /// The next phase to open and its first day, as a sentence.
    pub next: Option<String>,
    pub live: Vec<LiveSession>,
}

pub struct OpenConsultation {
    pub id: i64,
    pub title: String,
    pub closes: String,
}

/// The signed-in reader's own work.
#[derive(Default)]
pub struct MyWork {
    pub proposals: Vec<(i64, String, String)>,
    /// Each cycle where the reader evaluates proposals, with the progress ("3 of 10 evaluated").
    pub evaluations: Vec<(i64, String)>,
    pub reports: Vec<(i64, String)>,
    pub groups: Vec<(i64, String, String)>,
    pub agenda: usize,
    /// For the Secretariat: the queues that wait for staff, as (where, what waits there).
    pub queues: Vec<(String, String)>,
}

impl MyWork {
    pub fn is_empty(&self) -> bool {
        self.proposals.is_empty()
            && self.evaluations.is_empty()
            && self.reports.is_empty()
            && self.groups.is_empty()
            && self.agenda == 0
            && self.queues.is_empty()
    }
}

#[derive(Template)]
#[template(path = "home.html")]
struct Home {
    page: Page,
    participants: i64,
    organizations: usize,
    countries: usize,
    cycles: Vec<CycleNow>,
    consultations: Vec<OpenConsultation>,
    work: Option<MyWork>,
}

pub async fn home(State(app): State<App>, page: Page) -> Result<Response, AppError> {
    let summary = app.cache.summary(&app).await?;
    let now = agora_store::now();
    let mut conn = app.db.acquire().await?;
    let cycles = cycles_now(&page, &mut conn, now).await?;
    let consultations = open_consultations(&mut conn, now).await?;
    let work = match &page.user {
        Some(user) => Some(my_work(&page, &mut conn, user.id, user.may(Action::ManageCycle), now).await?),
        None => None,
    };
    drop(conn);
    Ok(html(&Home {
        page,
        participants: summary.participants,
        organizations: summary.organizations,
        countries: summary.countries,
        cycles,
        consultations,
        work,
    }))
}

/// Every cycle with a phase open or to come, soonest first.
async fn cycles_now(page: &Page, conn: &mut Conn, now: i64) -> Result<Vec<CycleNow>, AppError> {
    let mut announced = Vec::new();
    for row in agora_store::cycles::list(&mut *conn).await? {
        let cycle = agora_store::cycles::get(&mut *conn, row.id).await?;
        let moment = now_and_next(&cycle.phases, now);
        if moment.is_over() {
            continue;
        }
        let live = match moment.current {
            Some((Phase::Meeting, _)) => agora_store::programme::on_now(&mut *conn, cycle.id, now).await?,
            _ => Vec::new(),
        };
        announced.push((sort_key(&moment), announce(page, cycle.id, cycle.name, cycle.host, moment, live)));
    }
    announced.sort_by_key(|(key, _)| *key);
    Ok(announced.into_iter().map(|(_, cycle)| cycle).collect())
}

/// A cycle with an open phase comes before one that only has a phase to come; then the sooner deadline first.
fn sort_key(moment: &NowAndNext) -> (bool, i64) {
    match (moment.current, moment.next) {
        (Some((_, dates)), _) => (false, dates.end),
        (None, Some((_, dates))) => (true, dates.start),
        (None, None) => (true, i64::MAX),
    }
}

fn announce(page: &Page, id: i64, name: String, host: String, moment: NowAndNext, live: Vec<LiveSession>) -> CycleNow {
    let current = moment.current.map(|(phase, dates)| {
        let action = page.t(&format!("home-take-part-{}", phase.code()));
        (phase.code(), day(dates.end - 1), take_part(id, phase), action)
    });
    let next = moment
        .next
        .map(|(phase, dates)| page.t_with("home-next-phase", &[("phase", page.term("phase", phase.code())), ("date", day(dates.start))]));
    CycleNow { id, name, host, current, next, live }
}

/// Where a reader takes part in a cycle's phase.
fn take_part(cycle: i64, phase: Phase) -> String {
    match phase {
        Phase::CallForIssues => format!("/cycles/{cycle}/issues"),
        Phase::CallForProposals => format!("/cycles/{cycle}/proposals/new"),
        Phase::Meeting | Phase::Scheduling => format!("/cycles/{cycle}/programme"),
        Phase::Reporting => format!("/cycles/{cycle}/reports"),
        _ => format!("/cycles/{cycle}"),
    }
}

async fn open_consultations(conn: &mut Conn, now: i64) -> Result<Vec<OpenConsultation>, AppError> {
    let mut open: Vec<_> = agora_store::consultations::list(conn)
        .await?
        .into_iter()
        .filter(|c| c.opens_at <= now && now < c.closes_at)
        .map(|c| (c.closes_at, OpenConsultation { id: c.id, title: c.title, closes: day(c.closes_at - 1) }))
        .collect();
    open.sort_by_key(|(closes, _)| *closes);
    Ok(open.into_iter().map(|(_, c)| c).collect())
}

async fn my_work(page: &Page, conn: &mut Conn, me: i64, staff: bool, now: i64) -> Result<MyWork, AppError> {
    let proposals = agora_store::proposals::of_proposer(&mut *conn, me).await?;
    let progress = |(cycle, assigned, done): (i64, i64, i64)| {
        (cycle, page.t_with("home-evaluations-progress", &[("done", done.to_string()), ("assigned", assigned.to_string())]))
    };
    Ok(MyWork {
        proposals: proposals.into_iter().map(|p| (p.id, p.title, p.status)).collect(),
        evaluations: agora_store::evaluation::progress_of(&mut *conn, me).await?.into_iter().map(progress).collect(),
        reports: agora_store::reports::unfiled_of(&mut *conn, me, now).await?,
        groups: agora_store::groups::memberships(&mut *conn, me).await?,
        agenda: agora_store::programme::interests_of(&mut *conn, me).await?.len(),
        queues: if staff { staff_queues(page, conn).await? } else { Vec::new() },
    })
}

/// What waits for the Secretariat in each cycle: proposals not yet screened, decisions staged but not published,
/// meeting registrations to approve.
async fn staff_queues(page: &Page, conn: &mut Conn) -> Result<Vec<(String, String)>, AppError> {
    let mut queues = Vec::new();
    for cycle in agora_store::cycles::list(&mut *conn).await? {
        let waiting = [
            ("screening", "home-queue-screening", agora_store::proposals::screening_counts(&mut *conn, cycle.id).await?.not_screened),
            ("results", "home-queue-staged", agora_store::evaluation::staged(&mut *conn, cycle.id).await?.len() as i64),
            (
                "meeting/queue",
                "home-queue-registrations",
                agora_store::meeting::list(&mut *conn, cycle.id, Some(RegistrationStatus::Submitted.code())).await?.len() as i64,
            ),
        ];
        for (path, key, count) in waiting.into_iter().filter(|(_, _, count)| *count > 0) {
            let what = page.t_with(key, &[("count", count.to_string()), ("cycle", cycle.name.clone())]);
            queues.push((format!("/cycles/{}/{path}", cycle.id), what));
        }
    }
    Ok(queues)
}

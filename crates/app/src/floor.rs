//! The meeting's hybrid floor: the speaking queue as people read it (shared with the groups' meetings), asking
//! for the floor from a session's live page, the moderators' actions, following a session from the room, online
//! or a hub (verified attendance), and registering a remote hub.

use agora_domain::floor::{self as rules, AcceptedHub, Attendance, FloorRefused, HubForm, HubRefused, Presence};
use agora_domain::meeting::Status;
use agora_domain::meetings::{SpeakingMode, Waiting, speaking_order};
use agora_store::floor::{self as store, NewHub};
use agora_store::meetings::{self as queue_store, Floor, Request};
use agora_store::{Conn, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum FloorError {
    #[error("request refused: {0:?}")]
    Refused(FloorRefused),
    #[error("hub refused: {0:?}")]
    Hub(Vec<HubRefused>),
    /// The hub chosen does not follow this session.
    #[error("the hub does not follow this session")]
    UnknownHub,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A speaking queue as a page shows it: who has the floor, who waits in which order, and the reader's own request.
#[derive(Debug, Clone)]
pub struct Queue {
    /// The latest speaker called, until marked done.
    pub speaking: Option<Request>,
    /// Waiting requests in the order they will be called.
    pub waiting: Vec<Request>,
    pub spoken: usize,
    /// The reader's position (from 1) and request, while it waits.
    pub mine: Option<(usize, Request)>,
}

/// Orders a queue's requests (`agora_domain::meetings::speaking_order`: the room and the remote side take turns).
pub fn queue_of(requests: Vec<Request>, reader: Option<i64>) -> Queue {
    let latest = requests.iter().filter(|r| r.spoke_at.is_some()).max_by_key(|r| (r.spoke_at, r.id)).cloned();
    let last = latest.as_ref().and_then(|r| SpeakingMode::from_code(&r.mode));
    let waiting: Vec<Waiting> = requests
        .iter()
        .filter(|r| r.is_waiting())
        .filter_map(|r| Some(Waiting { id: r.id, mode: SpeakingMode::from_code(&r.mode)?, requested_at: r.requested_at }))
        .collect();
    let waiting: Vec<Request> =
        speaking_order(&waiting, last).into_iter().filter_map(|id| requests.iter().find(|r| r.id == id).cloned()).collect();
    let mine = reader.and_then(|me| waiting.iter().position(|r| r.participant_id == Some(me)).map(|i| (i + 1, waiting[i].clone())));
    let spoken = requests.iter().filter(|r| r.spoke_at.is_some()).count();
    Queue { speaking: latest.filter(|r| r.done_at.is_none()), waiting, spoken, mine }
}

/// A moderator's action on a queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moderation {
    Open,
    Close,
    /// Calls the head of the queue, as ordered when the transaction reads it (a request withdrawn meanwhile is
    /// skipped).
    Next,
    /// The speaker who has the floor is done.
    Done,
}

/// Applies a moderator's action to a group meeting's or a session's queue (who may moderate is the caller's).
pub async fn moderate(conn: &mut Conn, floor: Floor, action: Moderation) -> Result<(), FloorError> {
    match action {
        Moderation::Open | Moderation::Close => {
            let open = action == Moderation::Open;
            match floor {
                Floor::Meeting(id) => queue_store::set_queue_open(&mut *conn, id, open).await?,
                Floor::Session(id) => store::set_queue_open(&mut *conn, id, open).await?,
            }
        }
        Moderation::Next => {
            if let Some(next) = queue_of(queue_store::requests(&mut *conn, floor).await?, None).waiting.first() {
                queue_store::call(&mut *conn, floor, next.id).await?;
            }
        }
        Moderation::Done => {
            if let Some(speaking) = queue_of(queue_store::requests(&mut *conn, floor).await?, None).speaking {
                queue_store::done(&mut *conn, floor, speaking.id).await?;
            }
        }
    }
    Ok(())
}

/// Asks for the floor in a session from the live page, in the room, online or for the reader's hub.
pub async fn ask(conn: &mut Conn, session_id: i64, participant_id: i64, name: &str, from: Presence) -> Result<i64, FloorError> {
    let floor = store::session_floor(&mut *conn, session_id).await?;
    let joined = store::joined(&mut *conn, session_id, participant_id).await?;
    let waiting = queue_store::is_waiting(&mut *conn, Floor::Session(session_id), participant_id).await?;
    let presence = joined.as_ref().and_then(|j| Presence::from_code(&j.mode));
    let mode = rules::may_ask(from, presence, floor.queue_is_open(), waiting).map_err(FloorError::Refused)?;
    let hub = if from == Presence::Hub { joined.and_then(|j| j.hub_id) } else { None };
    Ok(queue_store::request(&mut *conn, Floor::Session(session_id), participant_id, name, mode.code(), hub).await?)
}

/// Where and when the session is held, as the published programme says.
pub struct Held {
    pub cycle_id: i64,
    /// (start, end) in the published programme, if placed.
    pub span: Option<(i64, i64)>,
    /// The forum's local date of `now` ("YYYY-MM-DD"), to match the day's check-in.
    pub today: String,
}

/// Records that the reader follows a session from the room, online or a hub (one that follows the session);
/// whether it counts as verified attendance.
pub async fn join(
    conn: &mut Conn,
    session_id: i64,
    participant_id: i64,
    presence: Presence,
    hub_id: Option<i64>,
    held: &Held,
    now: i64,
) -> Result<bool, FloorError> {
    let hub_id = match presence {
        Presence::Hub => {
            let hubs = store::hubs_of_session(&mut *conn, session_id).await?;
            Some(hub_id.filter(|h| hubs.iter().any(|x| x.id == *h)).ok_or(FloorError::UnknownHub)?)
        }
        _ => None,
    };
    let registration = agora_store::meeting::of_participant(&mut *conn, held.cycle_id, participant_id).await?;
    let approved = registration.as_ref().is_some_and(|r| r.status == Status::Approved.code());
    let checked_in = match &registration {
        Some(r) => agora_store::meeting::days_of(&mut *conn, r.id).await?.contains(&held.today),
        None => false,
    };
    let verified = rules::verified_attendance(presence, now, held.span, approved, checked_in);
    store::join(&mut *conn, session_id, participant_id, presence.code(), hub_id, now, verified).await?;
    Ok(verified)
}

/// A session's verified attendance by where from.
pub async fn attendance(conn: &mut Conn, session_id: i64) -> Result<Attendance, FloorError> {
    let rows = store::attendance(&mut *conn, session_id).await?;
    Ok(Attendance::of(rows.iter().filter_map(|(mode, verified)| Some((Presence::from_code(mode)?, *verified == 1)))))
}

pub struct RegisterHub<'a> {
    pub cycle_id: i64,
    pub form: HubForm<'a>,
    pub sessions: &'a [i64],
    pub registered_by: i64,
}

/// Registers a remote hub, with the sessions it follows.
pub async fn register_hub(conn: &mut Conn, input: &RegisterHub<'_>) -> Result<i64, FloorError> {
    agora_store::cycles::get(&mut *conn, input.cycle_id).await?;
    let AcceptedHub { expected_attendance, .. } = rules::accept_hub(&input.form).map_err(FloorError::Hub)?;
    let f = &input.form;
    Ok(store::add_hub(
        &mut *conn,
        &NewHub {
            cycle_id: input.cycle_id,
            city: f.city.trim(),
            country: f.country.trim(),
            host: f.host.trim(),
            coordinator: f.coordinator.trim(),
            technical_lead: f.technical_lead.trim(),
            expected_attendance,
            registered_by: input.registered_by,
            sessions: input.sessions,
        },
    )
    .await?)
}

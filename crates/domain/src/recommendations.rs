//! Recommendations addressed to the bodies that make policy, and the lifecycle each addressed body moves
//! through — drafted, sent, acknowledged, under consideration, then implemented, partly implemented or declined,
//! or no response — with the moves allowed, who may make them, and when a body is due a reminder.

use serde::Serialize;

vocabulary! {
    /// Where an addressed body stands on a recommendation.
    Status {
        Drafted = "drafted",
        Sent = "sent",
        Acknowledged = "acknowledged",
        UnderConsideration = "under-consideration",
        Implemented = "implemented",
        PartlyImplemented = "partly-implemented",
        Declined = "declined",
        NoResponse = "no-response",
    }
}

vocabulary! {
    /// Where a recommendation comes from.
    Source {
        Message = "message",
        Report = "report",
        Coalition = "coalition",
        BestPracticeForum = "best-practice-forum",
        PolicyNetwork = "policy-network",
    }
}

impl Status {
    /// The answers a body gives through its link.
    pub const ANSWERS: &'static [Status] =
        &[Status::Acknowledged, Status::UnderConsideration, Status::Implemented, Status::PartlyImplemented, Status::Declined];

    /// No further move: the body has said what it did.
    pub fn is_final(self) -> bool {
        matches!(self, Status::Implemented | Status::Declined)
    }

    /// How far along the lifecycle, for ordering the answers a body may still give.
    fn progress(self) -> u8 {
        match self {
            Status::Drafted => 0,
            Status::Sent | Status::NoResponse => 1,
            Status::Acknowledged => 2,
            Status::UnderConsideration => 3,
            Status::PartlyImplemented => 4,
            Status::Implemented | Status::Declined => 5,
        }
    }
}

/// Who moves a recommendation along.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    Secretariat,
    Body,
}

/// Why a move is refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refused {
    pub from: Status,
    pub to: Status,
    pub code: &'static str,
}

/// Whether `actor` may move an addressed body from `from` to `to`. The Secretariat sends a draft and records
/// silence (no response, once sent); a body answers with any answer that is not a step back — a body that said
/// "implemented" or "declined" has said its last word.
pub fn allowed(from: Status, to: Status, actor: Actor) -> Result<(), Refused> {
    let refuse = |code| Err(Refused { from, to, code });
    if from.is_final() {
        return refuse("final");
    }
    match (actor, to) {
        (Actor::Secretariat, Status::Sent) if from == Status::Drafted => Ok(()),
        (Actor::Secretariat, Status::NoResponse) if from == Status::Sent => Ok(()),
        (Actor::Secretariat, _) => refuse("not-for-secretariat"),
        (Actor::Body, _) if from == Status::Drafted => refuse("not-sent"),
        (Actor::Body, answer) if Status::ANSWERS.contains(&answer) && answer.progress() >= from.progress() => Ok(()),
        (Actor::Body, _) => refuse("step-back"),
    }
}

/// A body that was sent a recommendation and has not answered is reminded every `every_days` days.
pub fn reminder_due(status: Status, last_contact_at: i64, now: i64, every_days: u32) -> bool {
    status == Status::Sent && now - last_contact_at >= i64::from(every_days) * 24 * 3600
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_secretariat_sends_and_records_silence_and_bodies_answer() {
        assert_eq!(allowed(Status::Drafted, Status::Sent, Actor::Secretariat), Ok(()));
        assert_eq!(allowed(Status::Sent, Status::NoResponse, Actor::Secretariat), Ok(()));
        assert_eq!(allowed(Status::Sent, Status::Implemented, Actor::Secretariat).unwrap_err().code, "not-for-secretariat");
        assert_eq!(allowed(Status::Drafted, Status::Acknowledged, Actor::Body).unwrap_err().code, "not-sent");
        assert_eq!(allowed(Status::Sent, Status::Acknowledged, Actor::Body), Ok(()));
        assert_eq!(allowed(Status::NoResponse, Status::Declined, Actor::Body), Ok(()), "a late answer is still an answer");
        assert_eq!(allowed(Status::UnderConsideration, Status::Acknowledged, Actor::Body).unwrap_err().code, "step-back");
        assert_eq!(allowed(Status::Implemented, Status::Declined, Actor::Body).unwrap_err().code, "final");
    }

    #[test]
    fn reminders_follow_silence_only() {
        let day = 86_400;
        assert!(reminder_due(Status::Sent, 0, 30 * day, 30));
        assert!(!reminder_due(Status::Sent, 0, 29 * day, 30));
        assert!(!reminder_due(Status::Acknowledged, 0, 300 * day, 30));
    }

    proptest! {
        #[test]
        fn no_path_leaves_a_final_status(path in proptest::collection::vec((0usize..8, any::<bool>()), 0..30)) {
            let mut status = Status::Drafted;
            for (to, by_body) in path {
                let to = Status::ALL[to];
                let actor = if by_body { Actor::Body } else { Actor::Secretariat };
                let was_final = status.is_final();
                if allowed(status, to, actor).is_ok() {
                    prop_assert!(!was_final);
                    status = to;
                }
            }
        }
    }
}

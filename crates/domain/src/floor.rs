//! The meeting's hybrid floor: where a person follows a session from (in the room, online, or at a remote hub),
//! who may ask for the floor in which way, when following a session counts as verified attendance, and what a
//! remote hub's registration must say. The order of the queue itself is the groups' meetings' rule
//! (`meetings::speaking_order`): the room and the remote side take turns, and a hub speaks from the remote side.

use crate::meetings::SpeakingMode;
use crate::people::{UnRegionalGroup, country};
use serde::Serialize;

vocabulary! {
    /// Where a person follows a session from.
    Presence {
        Onsite = "onsite",
        Online = "online",
        Hub = "hub",
    }
}

impl Presence {
    /// The side of the queue a request from here waits on: a hub's microphone is remote, like a person online.
    pub fn speaking_mode(self) -> SpeakingMode {
        match self {
            Presence::Onsite => SpeakingMode::Onsite,
            Presence::Online | Presence::Hub => SpeakingMode::Online,
        }
    }
}

/// Why a request for the floor is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloorRefused {
    /// The moderators have not opened the queue (or closed it).
    QueueClosed,
    /// Only someone who follows the session from a hub may speak as that hub.
    NotAtHub,
    /// The person already waits in the queue.
    AlreadyWaiting,
}

impl FloorRefused {
    /// The catalog key of the sentence a person reads.
    pub fn key(self) -> &'static str {
        match self {
            FloorRefused::QueueClosed => "floor-error-queue-closed",
            FloorRefused::NotAtHub => "floor-error-not-at-hub",
            FloorRefused::AlreadyWaiting => "floor-error-already-waiting",
        }
    }
}

/// Whether a person may ask for the floor from `requested`, given where they said they follow the session from
/// (`joined`, if they did) and whether the queue is open. Anyone signed in may ask from the room or online; a hub
/// speaks only through someone who joined the session at that hub.
pub fn may_ask(requested: Presence, joined: Option<Presence>, queue_open: bool, waiting: bool) -> Result<SpeakingMode, FloorRefused> {
    if !queue_open {
        return Err(FloorRefused::QueueClosed);
    }
    if requested == Presence::Hub && joined != Some(Presence::Hub) {
        return Err(FloorRefused::NotAtHub);
    }
    if waiting {
        return Err(FloorRefused::AlreadyWaiting);
    }
    Ok(requested.speaking_mode())
}

/// How early before its start a session's live page counts a person as attending (people join a little early).
pub const EARLY_JOIN_SECONDS: i64 = 15 * 60;

/// Whether joining a session's live page at `joined_at` is verified attendance: while the session is held
/// (`held`, from a little before its start to its end), by someone the Secretariat accredited for the meeting
/// (`approved`), and, for the room, checked in at the desk that day. Attendance outside the session's time, or by
/// someone not accredited, is kept (the session's counts show it) but gives no certificate.
pub fn verified_attendance(
    presence: Presence,
    joined_at: i64,
    held: Option<(i64, i64)>,
    approved: bool,
    checked_in_that_day: bool,
) -> bool {
    let during = held.is_some_and(|(start, end)| joined_at >= start - EARLY_JOIN_SECONDS && joined_at < end);
    during && approved && (presence != Presence::Onsite || checked_in_that_day)
}

/// A remote hub's registration, as typed.
#[derive(Debug, Clone, Default)]
pub struct HubForm<'a> {
    pub city: &'a str,
    pub country: &'a str,
    pub host: &'a str,
    pub coordinator: &'a str,
    pub technical_lead: &'a str,
    pub expected_attendance: &'a str,
}

/// A field of the hub's form and why it was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HubRefused {
    /// A required field is empty, or longer than `MAX_HUB_FIELD` characters.
    Missing(&'static str),
    /// The country is not one of the list's ISO codes.
    Country,
    /// The expected attendance is not a whole number from 1 to `MAX_HUB_ATTENDANCE`.
    Attendance,
}

pub const MAX_HUB_FIELD: usize = 200;
pub const MAX_HUB_ATTENDANCE: i64 = 100_000;

/// A hub's registration as accepted: its expected attendance and its UN regional group (from its country).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AcceptedHub {
    pub expected_attendance: i64,
    pub region: UnRegionalGroup,
}

/// Checks a hub's registration; every refusal at once, each with its field.
pub fn accept_hub(form: &HubForm<'_>) -> Result<AcceptedHub, Vec<HubRefused>> {
    let mut refused = Vec::new();
    for (field, value) in
        [("city", form.city), ("host", form.host), ("coordinator", form.coordinator), ("technical_lead", form.technical_lead)]
    {
        let length = value.trim().chars().count();
        if length == 0 || length > MAX_HUB_FIELD {
            refused.push(HubRefused::Missing(field));
        }
    }
    let region = country(form.country.trim()).map(|c| c.un_regional_group);
    if region.is_none() {
        refused.push(HubRefused::Country);
    }
    let expected = form.expected_attendance.trim().parse::<i64>().ok().filter(|n| (1..=MAX_HUB_ATTENDANCE).contains(n));
    if expected.is_none() {
        refused.push(HubRefused::Attendance);
    }
    match (expected, region) {
        (Some(expected_attendance), Some(region)) if refused.is_empty() => Ok(AcceptedHub { expected_attendance, region }),
        _ => Err(refused),
    }
}

/// A session's attendance by where people followed it from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Attendance {
    pub onsite: i64,
    pub online: i64,
    pub hub: i64,
}

impl Attendance {
    /// Counts rows of (presence, verified) — only verified attendance counts.
    pub fn of(rows: impl IntoIterator<Item = (Presence, bool)>) -> Attendance {
        let mut counts = Attendance::default();
        for (presence, verified) in rows {
            if !verified {
                continue;
            }
            match presence {
                Presence::Onsite => counts.onsite += 1,
                Presence::Online => counts.online += 1,
                Presence::Hub => counts.hub += 1,
            }
        }
        counts
    }

    pub fn total(&self) -> i64 {
        self.onsite + self.online + self.hub
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn hub<'a>(country: &'a str, expected: &'a str) -> HubForm<'a> {
        HubForm {
            city: "Nairobi",
            country,
            host: "KICTAnet",
            coordinator: "Grace",
            technical_lead: "Otieno",
            expected_attendance: expected,
        }
    }

    #[test]
    fn a_hub_speaks_from_the_remote_side() {
        assert_eq!(Presence::Hub.speaking_mode(), SpeakingMode::Online);
        assert_eq!(Presence::Online.speaking_mode(), SpeakingMode::Online);
        assert_eq!(Presence::Onsite.speaking_mode(), SpeakingMode::Onsite);
    }

    #[test]
    fn asking_needs_an_open_queue_and_a_hub_needs_someone_there() {
        assert_eq!(may_ask(Presence::Online, None, false, false), Err(FloorRefused::QueueClosed));
        assert_eq!(may_ask(Presence::Online, None, true, false), Ok(SpeakingMode::Online));
        assert_eq!(may_ask(Presence::Onsite, Some(Presence::Online), true, false), Ok(SpeakingMode::Onsite));
        assert_eq!(may_ask(Presence::Hub, Some(Presence::Online), true, false), Err(FloorRefused::NotAtHub));
        assert_eq!(may_ask(Presence::Hub, None, true, false), Err(FloorRefused::NotAtHub));
        assert_eq!(may_ask(Presence::Hub, Some(Presence::Hub), true, false), Ok(SpeakingMode::Online));
        assert_eq!(may_ask(Presence::Online, None, true, true), Err(FloorRefused::AlreadyWaiting));
        assert_eq!(FloorRefused::NotAtHub.key(), "floor-error-not-at-hub");
    }

    #[test]
    fn attendance_is_verified_during_the_session_by_accredited_people() {
        let held = Some((10_000, 15_400));
        assert!(verified_attendance(Presence::Online, 10_000 - EARLY_JOIN_SECONDS, held, true, false));
        assert!(!verified_attendance(Presence::Online, 10_000 - EARLY_JOIN_SECONDS - 1, held, true, false));
        assert!(!verified_attendance(Presence::Online, 15_400, held, true, false), "after its end");
        assert!(!verified_attendance(Presence::Online, 12_000, held, false, false), "not accredited");
        assert!(!verified_attendance(Presence::Online, 12_000, None, true, false), "not in the programme");
        assert!(verified_attendance(Presence::Hub, 12_000, held, true, false));
        assert!(!verified_attendance(Presence::Onsite, 12_000, held, true, false), "the room needs the desk");
        assert!(verified_attendance(Presence::Onsite, 12_000, held, true, true));
    }

    #[test]
    fn a_hub_names_every_missing_field_and_finds_its_region() {
        assert_eq!(accept_hub(&hub("KE", "40")), Ok(AcceptedHub { expected_attendance: 40, region: UnRegionalGroup::African }));
        assert_eq!(accept_hub(&hub("BR", " 12 ")).unwrap().region, UnRegionalGroup::LatinAmericanCaribbean);
        assert_eq!(accept_hub(&hub("XX", "0")), Err(vec![HubRefused::Country, HubRefused::Attendance]));
        let empty = HubForm { country: "KE", expected_attendance: "5", ..HubForm::default() };
        assert_eq!(
            accept_hub(&empty),
            Err(vec![
                HubRefused::Missing("city"),
                HubRefused::Missing("host"),
                HubRefused::Missing("coordinator"),
                HubRefused::Missing("technical_lead")
            ])
        );
    }

    #[test]
    fn only_verified_attendance_counts() {
        let rows =
            [(Presence::Onsite, true), (Presence::Online, true), (Presence::Online, false), (Presence::Hub, true), (Presence::Hub, true)];
        assert_eq!(Attendance::of(rows), Attendance { onsite: 1, online: 1, hub: 2 });
        assert_eq!(Attendance::of(rows).total(), 4);
    }

    proptest! {
        #[test]
        fn expected_attendance_is_accepted_exactly_in_range(n in -10i64..200_000) {
            let text = n.to_string();
            let accepted = accept_hub(&hub("JP", &text)).is_ok();
            prop_assert_eq!(accepted, (1..=MAX_HUB_ATTENDANCE).contains(&n));
        }

        #[test]
        fn no_attendance_is_verified_outside_the_session(start in 0i64..1_000_000, minutes in 1i64..600, offset in -100_000i64..100_000) {
            let end = start + minutes * 60;
            let joined = start + offset;
            let verified = verified_attendance(Presence::Online, joined, Some((start, end)), true, false);
            prop_assert_eq!(verified, joined >= start - EARLY_JOIN_SECONDS && joined < end);
        }

        #[test]
        fn the_queue_refuses_everything_while_closed(requested in 0usize..3, joined in 0usize..4, waiting in any::<bool>()) {
            let joined = Presence::ALL.get(joined).copied();
            prop_assert_eq!(may_ask(Presence::ALL[requested], joined, false, waiting), Err(FloorRefused::QueueClosed));
        }
    }
}

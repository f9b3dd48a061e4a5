//! Bilateral meeting rooms at the annual meeting: small rooms a delegation books by the slot for a private
//! meeting with another. Every number is a cycle setting ([`BilateralRules`]); every refusal is a value that
//! names what a person needs to read it (the cap, or the clash: which room, at what time, held by whom).
//!
//! The rules, in the order they are checked:
//! 1. a slot is one of the meeting's days, one of the rooms, and a start within the opening hours on the grid of
//!    the slot length;
//! 2. an organization is in one place at a time: a second booking (or a place on a waitlist) at a time it already
//!    holds or waits for is a clash with its own booking;
//! 3. an organization holds at most `per_organization_per_day` bookings a day, waitlist places included (so that
//!    moving up a waitlist never takes it over the cap);
//! 4. a slot held by another organization is a clash, unless the request asks to wait: it then joins the slot's
//!    waitlist;
//! 5. precedence decides only who moves up a waitlist when the slot is released: the stakeholder groups listed in
//!    the setting `precedence` come first, in that order (by default governments, then intergovernmental
//!    organizations, whose bilaterals at the IGF are often with ministers present for a day), then everyone
//!    else; within a rank, the earlier request. A booking held is never taken away by precedence: first come,
//!    first served for a free slot, so that nobody loses a meeting already arranged.
//! 6. a booking is held until it is confirmed; one not confirmed `confirm_hours` after it was made (or after it
//!    moved up from the waitlist) is released automatically, and the slot goes to the next in line.

use crate::people::StakeholderGroup;
use serde::{Deserialize, Serialize};

vocabulary! {
    /// Where a booking stands. Held (until confirmed) → confirmed; waiting → held when it moves up; any of them
    /// → released by the organization, or expired when not confirmed in time.
    BookingStatus {
        Held = "held",
        Confirmed = "confirmed",
        Waiting = "waiting",
        Released = "released",
        Expired = "expired",
    }
}

impl BookingStatus {
    /// Whether the booking occupies its room and slot.
    pub fn occupies(self) -> bool {
        matches!(self, BookingStatus::Held | BookingStatus::Confirmed)
    }

    /// Whether the booking counts towards the organization's daily cap and its one-place-at-a-time rule.
    pub fn counts(self) -> bool {
        matches!(self, BookingStatus::Held | BookingStatus::Confirmed | BookingStatus::Waiting)
    }
}

/// The bilateral rooms' settings, part of each cycle's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BilateralRules {
    /// The rooms that can be booked, by name.
    pub rooms: Vec<String>,
    /// The length of a slot, in minutes.
    pub slot_minutes: u32,
    /// Opening and closing times, in minutes after midnight (the forum's time zone).
    pub opens: u32,
    pub closes: u32,
    /// Bookings (waitlist places included) one organization may hold on one day.
    pub per_organization_per_day: u32,
    /// A booking not confirmed this many hours after it was made, or after it moved up, is released.
    pub confirm_hours: u32,
    /// Stakeholder groups (codes) who move up a waitlist first, in this order; the others after them.
    pub precedence: Vec<String>,
}

impl Default for BilateralRules {
    fn default() -> Self {
        BilateralRules {
            rooms: vec!["Bilateral room 1".into(), "Bilateral room 2".into(), "Bilateral room 3".into()],
            slot_minutes: 30,
            opens: 9 * 60,
            closes: 18 * 60,
            per_organization_per_day: 2,
            confirm_hours: 24,
            precedence: vec![StakeholderGroup::Government.code().into(), StakeholderGroup::IntergovernmentalOrganization.code().into()],
        }
    }
}

impl BilateralRules {
    /// What is wrong with the settings, as translation-key suffixes.
    pub fn problems(&self) -> Vec<&'static str> {
        let mut problems = Vec::new();
        if self.rooms.is_empty() || self.rooms.iter().any(|r| r.trim().is_empty() || r.chars().count() > 100) {
            problems.push("rooms");
        }
        if !(10..=240).contains(&self.slot_minutes) {
            problems.push("slot-minutes");
        }
        if self.opens >= self.closes || self.closes > 24 * 60 || self.closes - self.opens < self.slot_minutes {
            problems.push("hours");
        }
        if self.per_organization_per_day == 0 {
            problems.push("cap");
        }
        if self.confirm_hours == 0 {
            problems.push("confirm-hours");
        }
        let mut seen = Vec::new();
        for group in &self.precedence {
            if StakeholderGroup::from_code(group).is_none() || seen.contains(&group) {
                problems.push("precedence");
                break;
            }
            seen.push(group);
        }
        problems
    }

    /// The start of every slot of a day, in minutes after midnight.
    pub fn starts(&self) -> Vec<u32> {
        if self.slot_minutes == 0 {
            return Vec::new();
        }
        (0..).map(|i| self.opens + i * self.slot_minutes).take_while(|s| s + self.slot_minutes <= self.closes).collect()
    }
}

/// "09:30" from minutes after midnight.
pub fn clock(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// "09:30" read back into minutes after midnight.
pub fn parse_clock(text: &str) -> Option<u32> {
    let (h, m) = text.trim().split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

/// A stakeholder group's rank in the precedence order: its place in the list, or after all of them.
pub fn rank(precedence: &[String], group: &str) -> usize {
    precedence.iter().position(|g| g == group).unwrap_or(precedence.len())
}

/// A booking as the rules see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking {
    pub id: i64,
    pub organization: String,
    pub organization_key: String,
    pub stakeholder_group: String,
    pub day: String,
    pub start: u32,
    pub room: String,
    pub status: BookingStatus,
    pub requested_at: i64,
}

/// What an organization asks for.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    pub organization: &'a str,
    pub stakeholder_group: &'a str,
    pub day: &'a str,
    pub start: u32,
    pub room: &'a str,
    /// Join the waitlist when the slot is held by another organization (else that is refused as a clash).
    pub wait: bool,
}

/// Why a request is refused, with what the sentence names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// A field is missing or wrong (its name).
    Field(&'static str),
    /// Not a day of the meeting, not a room, or not a start on the grid of the opening hours.
    NotASlot,
    /// The organization already holds this many bookings (waitlist places included) that day.
    DailyCap { cap: u32, day: String },
    /// The slot or the time is taken: the room, the start and who holds it (the requester's own organization
    /// when it is already booked or waiting elsewhere at that time).
    Clash { room: String, start: u32, holder: String, own: bool },
}

/// What a request accepted becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The slot is the organization's, to confirm before the deadline.
    Held,
    /// On the slot's waitlist, at this place (1 is next).
    Waiting { position: usize },
}

/// Decides a request against the bookings of its day (any status; only those that count are looked at).
pub fn request(rules: &BilateralRules, days: &[String], bookings: &[Booking], request: &Request<'_>) -> Result<Outcome, Refused> {
    let organization = request.organization.trim();
    if organization.is_empty() || organization.chars().count() > 200 {
        return Err(Refused::Field("organization"));
    }
    if StakeholderGroup::from_code(request.stakeholder_group).is_none() {
        return Err(Refused::Field("stakeholder_group"));
    }
    if !days.iter().any(|d| d == request.day) || !rules.rooms.iter().any(|r| r == request.room) || !rules.starts().contains(&request.start)
    {
        return Err(Refused::NotASlot);
    }
    let key = crate::meeting::organization_key(organization);
    let counting = || bookings.iter().filter(|b| b.day == request.day && b.status.counts());
    let mine: Vec<&Booking> = counting().filter(|b| b.organization_key == key).collect();
    if let Some(own) = mine.iter().find(|b| b.start == request.start) {
        return Err(Refused::Clash { room: own.room.clone(), start: own.start, holder: own.organization.clone(), own: true });
    }
    if mine.len() >= rules.per_organization_per_day as usize {
        return Err(Refused::DailyCap { cap: rules.per_organization_per_day, day: request.day.to_string() });
    }
    let same_slot = || counting().filter(|b| b.start == request.start && b.room == request.room);
    let Some(holder) = same_slot().find(|b| b.status.occupies()) else { return Ok(Outcome::Held) };
    if !request.wait {
        return Err(Refused::Clash { room: holder.room.clone(), start: holder.start, holder: holder.organization.clone(), own: false });
    }
    // Everyone waiting already requested earlier: ahead are those of the same rank or a better one.
    let mine_rank = rank(&rules.precedence, request.stakeholder_group);
    let ahead = same_slot().filter(|b| b.status == BookingStatus::Waiting && rank(&rules.precedence, &b.stakeholder_group) <= mine_rank);
    Ok(Outcome::Waiting { position: ahead.count() + 1 })
}

/// Who moves up when a slot is released: of the bookings waiting for it, the best rank, then the earliest request.
pub fn next_in_line<'a>(waiting: &'a [Booking], precedence: &[String]) -> Option<&'a Booking> {
    waiting
        .iter()
        .filter(|b| b.status == BookingStatus::Waiting)
        .min_by_key(|b| (rank(precedence, &b.stakeholder_group), b.requested_at, b.id))
}

/// The waitlist of a slot in the order it moves up.
pub fn waitlist<'a>(bookings: &'a [Booking], precedence: &[String]) -> Vec<&'a Booking> {
    let mut waiting: Vec<&Booking> = bookings.iter().filter(|b| b.status == BookingStatus::Waiting).collect();
    waiting.sort_by_key(|b| (rank(precedence, &b.stakeholder_group), b.requested_at, b.id));
    waiting
}

/// When a booking held at `now` (made, or moved up) must be confirmed by.
pub fn confirm_by(rules: &BilateralRules, now: i64) -> i64 {
    now + i64::from(rules.confirm_hours) * 3600
}

/// Whether the release job takes this booking back: held, and its confirmation deadline passed.
pub fn due_for_release(status: BookingStatus, confirm_by: Option<i64>, now: i64) -> bool {
    status == BookingStatus::Held && confirm_by.is_some_and(|by| now >= by)
}

/// Why a confirmation or a release is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeRefused {
    /// Only a held booking is confirmed; only a held, confirmed or waiting one is released.
    NotFrom(BookingStatus),
    /// The confirmation deadline passed (the release job had not run yet): the booking is released.
    TooLate,
}

pub fn may_confirm(status: BookingStatus, confirm_by: Option<i64>, now: i64) -> Result<(), ChangeRefused> {
    if status != BookingStatus::Held {
        return Err(ChangeRefused::NotFrom(status));
    }
    if due_for_release(status, confirm_by, now) {
        return Err(ChangeRefused::TooLate);
    }
    Ok(())
}

pub fn may_release(status: BookingStatus) -> Result<(), ChangeRefused> {
    if status.counts() { Ok(()) } else { Err(ChangeRefused::NotFrom(status)) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const DAY: &str = "2025-06-23";

    fn days() -> Vec<String> {
        vec![DAY.into(), "2025-06-24".into()]
    }

    fn booking(id: i64, organization: &str, group: &str, start: u32, room: &str, status: BookingStatus) -> Booking {
        Booking {
            id,
            organization: organization.into(),
            organization_key: crate::meeting::organization_key(organization),
            stakeholder_group: group.into(),
            day: DAY.into(),
            start,
            room: room.into(),
            status,
            requested_at: id,
        }
    }

    fn ask<'a>(organization: &'a str, group: &'a str, start: u32, room: &'a str, wait: bool) -> Request<'a> {
        Request { organization, stakeholder_group: group, day: DAY, start, room, wait }
    }

    #[test]
    fn the_grid_follows_the_settings() {
        let rules = BilateralRules { opens: 9 * 60, closes: 11 * 60 + 20, slot_minutes: 45, ..BilateralRules::default() };
        assert_eq!(rules.starts(), vec![540, 585, 630]);
        assert_eq!(clock(585), "09:45");
        assert_eq!(parse_clock("09:45"), Some(585));
        assert_eq!(parse_clock("9:45"), None);
        assert_eq!(parse_clock("24:30"), None);
        assert!(BilateralRules::default().problems().is_empty());
        let bad = BilateralRules { rooms: vec![], precedence: vec!["government".into(), "government".into()], ..BilateralRules::default() };
        assert_eq!(bad.problems(), vec!["rooms", "precedence"]);
        let closed = BilateralRules { opens: 600, closes: 600, ..BilateralRules::default() };
        assert_eq!(closed.problems(), vec!["hours"]);
    }

    #[test]
    fn a_free_slot_is_held_and_each_refusal_names_its_reason() {
        let rules = BilateralRules::default();
        let room = "Bilateral room 1";
        let taken = vec![
            booking(1, "Ministry of ICT, Kenya", "government", 540, room, BookingStatus::Confirmed),
            booking(2, "Paradigm Initiative", "civil-society", 600, room, BookingStatus::Held),
        ];
        assert_eq!(request(&rules, &days(), &taken, &ask("Paradigm Initiative", "civil-society", 630, room, false)), Ok(Outcome::Held));
        assert_eq!(
            request(&rules, &days(), &taken, &ask("APNIC", "technical-community", 540, room, false)),
            Err(Refused::Clash { room: room.into(), start: 540, holder: "Ministry of ICT, Kenya".into(), own: false })
        );
        assert_eq!(
            request(&rules, &days(), &taken, &ask("paradigm initiative", "civil-society", 600, "Bilateral room 2", false)),
            Err(Refused::Clash { room: room.into(), start: 600, holder: "Paradigm Initiative".into(), own: true }),
            "one place at a time, whatever the spelling of the name"
        );
        let capped = [taken.clone(), vec![booking(3, "Paradigm Initiative", "civil-society", 660, room, BookingStatus::Waiting)]].concat();
        assert_eq!(
            request(&rules, &days(), &capped, &ask("Paradigm Initiative", "civil-society", 720, room, false)),
            Err(Refused::DailyCap { cap: 2, day: DAY.into() }),
            "a waitlist place counts towards the cap"
        );
        let released =
            [taken.clone(), vec![booking(3, "Paradigm Initiative", "civil-society", 660, room, BookingStatus::Released)]].concat();
        assert_eq!(request(&rules, &days(), &released, &ask("Paradigm Initiative", "civil-society", 720, room, false)), Ok(Outcome::Held));
        assert_eq!(request(&rules, &days(), &taken, &ask("APNIC", "technical-community", 545, room, false)), Err(Refused::NotASlot));
        assert_eq!(request(&rules, &days(), &taken, &ask("APNIC", "technical-community", 540, "Plenary", false)), Err(Refused::NotASlot));
        let other_day = Request { day: "2025-06-30", ..ask("APNIC", "technical-community", 540, room, false) };
        assert_eq!(request(&rules, &days(), &taken, &other_day), Err(Refused::NotASlot));
        assert_eq!(request(&rules, &days(), &taken, &ask(" ", "civil-society", 540, room, false)), Err(Refused::Field("organization")));
        assert_eq!(request(&rules, &days(), &taken, &ask("APNIC", "other", 540, room, false)), Err(Refused::Field("stakeholder_group")));
    }

    #[test]
    fn precedence_orders_the_waitlist_and_never_takes_a_booking_away() {
        let rules = BilateralRules::default();
        let room = "Bilateral room 2";
        let mut slot = vec![booking(1, "Safaricom PLC", "private-sector", 540, room, BookingStatus::Held)];
        let government = ask("Ministry of Communications, Brazil", "government", 540, room, true);
        assert_eq!(
            request(&rules, &days(), &slot, &Request { wait: false, ..government }),
            Err(Refused::Clash { room: room.into(), start: 540, holder: "Safaricom PLC".into(), own: false }),
            "a government does not bump a booking held"
        );
        slot.push(booking(2, "Derechos Digitales", "civil-society", 540, room, BookingStatus::Waiting));
        slot.push(booking(3, "University of Cape Town", "academia", 540, room, BookingStatus::Waiting));
        assert_eq!(request(&rules, &days(), &slot, &government), Ok(Outcome::Waiting { position: 1 }));
        assert_eq!(
            request(&rules, &days(), &slot, &ask("LACNIC", "technical-community", 540, room, true)),
            Ok(Outcome::Waiting { position: 3 })
        );
        slot.push(booking(4, "Ministry of Communications, Brazil", "government", 540, room, BookingStatus::Waiting));
        slot.push(booking(5, "ITU", "intergovernmental-organization", 540, room, BookingStatus::Waiting));
        let order: Vec<i64> = waitlist(&slot, &rules.precedence).iter().map(|b| b.id).collect();
        assert_eq!(order, vec![4, 5, 2, 3]);
        assert_eq!(next_in_line(&slot, &rules.precedence).map(|b| b.id), Some(4));
        assert_eq!(next_in_line(&slot, &[]).map(|b| b.id), Some(2), "no precedence: first come, first served");
    }

    #[test]
    fn confirmation_and_release_follow_the_statuses() {
        let rules = BilateralRules::default();
        let by = confirm_by(&rules, 1_000);
        assert_eq!(by, 1_000 + 24 * 3600);
        assert_eq!(may_confirm(BookingStatus::Held, Some(by), by - 1), Ok(()));
        assert_eq!(may_confirm(BookingStatus::Held, Some(by), by), Err(ChangeRefused::TooLate));
        assert_eq!(may_confirm(BookingStatus::Waiting, None, 0), Err(ChangeRefused::NotFrom(BookingStatus::Waiting)));
        assert!(due_for_release(BookingStatus::Held, Some(by), by));
        assert!(!due_for_release(BookingStatus::Confirmed, Some(by), by + 1));
        assert!(!due_for_release(BookingStatus::Held, Some(by), by - 1));
        assert_eq!(may_release(BookingStatus::Waiting), Ok(()));
        assert_eq!(may_release(BookingStatus::Expired), Err(ChangeRefused::NotFrom(BookingStatus::Expired)));
    }

    /// One step of a simulated booking desk, applying the rules as the store does.
    #[derive(Debug, Clone)]
    enum Step {
        Ask { organization: usize, start: usize, room: usize, wait: bool },
        Release(usize),
        Expire(usize),
    }

    const ORGANIZATIONS: [(&str, &str); 6] = [
        ("Ministry of ICT", "government"),
        ("ITU", "intergovernmental-organization"),
        ("Paradigm Initiative", "civil-society"),
        ("APNIC", "technical-community"),
        ("Safaricom", "private-sector"),
        ("University of Ghana", "academia"),
    ];

    /// Applies the steps; the bookings made.
    fn run(rules: &BilateralRules, steps: &[Step]) -> Vec<Booking> {
        let starts = rules.starts();
        let mut bookings: Vec<Booking> = Vec::new();
        for (t, step) in steps.iter().enumerate() {
            match *step {
                Step::Ask { organization, start, room, wait } => {
                    let (name, group) = ORGANIZATIONS[organization % ORGANIZATIONS.len()];
                    let start = starts[start % starts.len()];
                    let room = &rules.rooms[room % rules.rooms.len()];
                    let asked = Request { organization: name, stakeholder_group: group, day: DAY, start, room, wait };
                    let status = match request(rules, &days(), &bookings, &asked) {
                        Ok(Outcome::Held) => BookingStatus::Held,
                        Ok(Outcome::Waiting { .. }) => BookingStatus::Waiting,
                        Err(_) => continue,
                    };
                    let mut made = booking(bookings.len() as i64 + 1, name, group, start, room, status);
                    made.requested_at = t as i64;
                    bookings.push(made);
                }
                Step::Release(i) | Step::Expire(i) => {
                    if bookings.is_empty() {
                        continue;
                    }
                    let i = i % bookings.len();
                    let was = bookings[i].status;
                    if may_release(was).is_err() {
                        continue;
                    }
                    bookings[i].status = if matches!(step, Step::Expire(_)) && was == BookingStatus::Held {
                        BookingStatus::Expired
                    } else {
                        BookingStatus::Released
                    };
                    if was.occupies() {
                        let (start, room) = (bookings[i].start, bookings[i].room.clone());
                        let slot: Vec<Booking> = bookings.iter().filter(|b| b.start == start && b.room == room).cloned().collect();
                        if let Some(next) = next_in_line(&slot, &rules.precedence) {
                            let id = next.id;
                            bookings.iter_mut().find(|b| b.id == id).unwrap().status = BookingStatus::Held;
                        }
                    }
                }
            }
        }
        bookings
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            4 => (0usize..6, 0usize..4, 0usize..2, any::<bool>()).prop_map(|(organization, start, room, wait)| Step::Ask { organization, start, room, wait }),
            1 => (0usize..64).prop_map(Step::Release),
            1 => (0usize..64).prop_map(Step::Expire),
        ]
    }

    fn rules() -> BilateralRules {
        BilateralRules { rooms: vec!["A".into(), "B".into()], opens: 540, closes: 660, ..BilateralRules::default() }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever the requests, releases and expiries, and in whatever order: no room's slot is held twice, no
        /// organization is in two places at once or over its cap, and a released slot with a waitlist is held again.
        #[test]
        fn no_slot_is_ever_booked_twice(steps in proptest::collection::vec(step(), 0..80)) {
            let rules = rules();
            let bookings = run(&rules, &steps);
            for a in &bookings {
                for b in bookings.iter().filter(|b| b.id != a.id) {
                    prop_assert!(!(a.status.occupies() && b.status.occupies() && a.start == b.start && a.room == b.room), "{:?} and {:?}", a, b);
                    prop_assert!(!(a.status.counts() && b.status.counts() && a.start == b.start && a.organization_key == b.organization_key));
                }
                let held = bookings.iter().filter(|b| b.organization_key == a.organization_key && b.status.counts()).count();
                prop_assert!(held <= rules.per_organization_per_day as usize);
                if a.status == BookingStatus::Waiting {
                    prop_assert!(bookings.iter().any(|b| b.status.occupies() && b.start == a.start && b.room == a.room), "{:?} waits for a free slot", a);
                }
            }
        }

        /// The same requests in any order leave every requested slot with exactly one holder.
        #[test]
        fn any_order_of_the_same_requests_fills_each_slot_once(
            asks in proptest::collection::vec((0usize..6, 0usize..4, 0usize..2), 1..24),
            order in any::<u64>(),
        ) {
            let rules = rules();
            let mut shuffled = asks.clone();
            let mut seed = order;
            for i in (1..shuffled.len()).rev() {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                shuffled.swap(i, (seed >> 33) as usize % (i + 1));
            }
            for asks in [&asks, &shuffled] {
                let steps: Vec<Step> = asks.iter().map(|&(organization, start, room)| Step::Ask { organization, start, room, wait: true }).collect();
                let bookings = run(&rules, &steps);
                // A slot somebody got is held by exactly one organization; everyone else on it waits.
                for b in bookings.iter().filter(|b| b.status.counts()) {
                    let holders = bookings.iter().filter(|h| h.status.occupies() && h.start == b.start && h.room == b.room).count();
                    prop_assert_eq!(holders, 1);
                }
                // The first request of each slot that was not refused holds it: first come, first served.
                if let Some(first) = bookings.first() {
                    prop_assert_eq!(first.status, BookingStatus::Held);
                }
            }
        }
    }
}

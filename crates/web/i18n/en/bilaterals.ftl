# Bilateral meeting rooms: the day's grid, booking, confirmation, release, waitlists and the release job.
bilaterals-title = Bilateral rooms
bilaterals-intro = Book a small room for a private meeting between delegations. Slots last { $n } minutes; an organization may hold at most { $max } bookings a day, waitlist places included. A booking must be confirmed within { $limit } hours, or it is released to the next in line.
bilaterals-precedence-rule = When a booked slot is released, its waitlist moves up in this order: { $groups }, then everyone else; within each, the earlier request first. A booking held is never taken away.
bilaterals-no-days = The meeting's dates are not set yet: rooms can be booked once they are.
bilaterals-days = Meeting days
bilaterals-grid-caption = Bilateral rooms on { $date }
bilaterals-time = Time
bilaterals-slot-free = Free
bilaterals-slot-held = Booked, to be confirmed
bilaterals-slot-confirmed = Booked
bilaterals-yours = yours
bilaterals-waiting-count = { $n ->
    [one] { $n } waiting
   *[other] { $n } waiting
}
bilaterals-mine = Your bookings
bilaterals-mine-none = You have no bookings in this cycle.
bilaterals-status = Status
bilaterals-status-held = Held, to be confirmed
bilaterals-status-confirmed = Confirmed
bilaterals-status-waiting = On the waitlist
bilaterals-status-released = Released
bilaterals-status-expired = Released: not confirmed in time
bilaterals-position = place { $position } in line
bilaterals-purpose = Purpose or counterpart (optional)
bilaterals-purpose-hint = Shown only to you and the Secretariat, and in your calendar file.
bilaterals-confirm-by = Confirm by
bilaterals-confirm = Confirm
bilaterals-release = Release
bilaterals-ical = Add to my calendar (iCal)
bilaterals-book = Book a room
bilaterals-book-day = For { $date } (choose another day above).
bilaterals-room = Room
bilaterals-wait = If the slot is taken, put us on its waitlist
bilaterals-sign-in = Sign in to book a bilateral room
bilaterals-staff = For the Secretariat
bilaterals-done-held = The room is yours: confirm the booking before its deadline.
bilaterals-done-waiting = You are on the slot's waitlist; you will be mailed if it becomes yours.
bilaterals-done-confirmed = The booking is confirmed.
bilaterals-done-released = The booking is released.
bilaterals-error-organization = Give the organization's name (at most 200 characters).
bilaterals-error-stakeholder-group = Choose the organization's stakeholder group.
bilaterals-not-a-slot = Choose a room and a time from the grid of a meeting day.
bilaterals-cap = Your organization already has { $max } bookings on { $date }, the most one organization may hold in a day (waitlist places included). Release one to book another.
bilaterals-clash = { $room } at { $time } is already booked by { $organization }. Choose another slot, or ask to join its waitlist.
bilaterals-clash-own = { $organization } already has { $room } at { $time }: an organization cannot be in two rooms at once.
bilaterals-taken-meanwhile = Another organization booked this slot a moment ago. Choose another slot, or ask to join its waitlist.
bilaterals-too-late = The confirmation deadline has passed: the booking is being released.
bilaterals-not-from = This booking is { $value } and cannot be changed that way.
bilaterals-settings-title = Bilateral rooms: settings
bilaterals-settings-rooms = Rooms
bilaterals-settings-rooms-hint = One room per line, as it is signposted at the venue.
bilaterals-settings-slot-minutes = Slot length (minutes)
bilaterals-settings-opens = Opens at
bilaterals-settings-closes = Closes at
bilaterals-settings-cap = Bookings per organization per day
bilaterals-settings-confirm-hours = Hours to confirm a booking
bilaterals-settings-precedence = Precedence on the waitlists
bilaterals-settings-precedence-hint = The stakeholder groups who move up a waitlist first, in order; the groups not chosen come after them, and within a group the earlier request goes first.
bilaterals-settings-place = Place { $position }
bilaterals-settings-none = (none)
bilaterals-settings-error-rooms = Name at least one room, each at most 100 characters.
bilaterals-settings-error-slot-minutes = A slot lasts from 10 to 240 minutes.
bilaterals-settings-error-hours = Give opening and closing times (HH:MM) at least one slot apart.
bilaterals-settings-error-cap = An organization may hold at least one booking a day.
bilaterals-settings-error-confirm-hours = Allow at least one hour to confirm a booking.
bilaterals-settings-error-precedence = Choose each stakeholder group at most once in the precedence order.
bilaterals-release-job = Release of unconfirmed bookings
bilaterals-release-rule = Bookings not confirmed { $limit } hours after they were made (or moved up) are released, and the slot's waitlist moves up. The job runs by itself every quarter of an hour.
bilaterals-release-never = The job has not released anything in this cycle yet.
bilaterals-release-run = { $date }: { $count } released, { $n } moved up from a waitlist
bilaterals-release-now = Run the release now
mail-bilaterals-moved-up-subject = A bilateral room is yours: { $room }, { $date }
mail-bilaterals-moved-up-body =
    Dear { $name },

    A slot you were waiting for has been released and is now yours: { $room }, { $date }, { $time }.

    Please confirm it by { $limit }, or it will go to the next in line:

    { $link }
mail-bilaterals-expired-subject = Your bilateral room booking was released: { $room }, { $date }
mail-bilaterals-expired-body =
    Dear { $name },

    Your booking of { $room } on { $date }, { $time } was not confirmed by { $limit } and has been released.

    You can book another slot here:

    { $link }

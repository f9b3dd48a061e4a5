# Agora — English catalog: the programme (venue, sessions, schedule, public programme).
cycle-programme = Programme
cycle-venue = Venue
cycle-sessions = Sessions
cycle-schedule = Schedule
venue-title = Venue
venue-rooms = Rooms
venue-room = Room
venue-capacity = Capacity
venue-interpretation = Interpretation languages
venue-add-room = Add the room
venue-slots = Time slots
venue-day = Day
venue-date = Date
venue-start = Start (UTC)
venue-minutes = Minutes
venue-times = Start times (UTC), separated by spaces
venue-add-slots = Add the slots
venue-error-room = A room needs a name and a capacity of at least 1.
venue-error-slots = Give a day number (0 for Day 0), a date, start times such as 09:00 and a length of 15 to 480 minutes.
sessions-title = Sessions
sessions-import = Create sessions for the approved workshops
sessions-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
sessions-type = Type
sessions-people = People
sessions-add = Add a session
sessions-audience = Expected audience
sessions-fixed-room = Fixed room (optional)
sessions-fixed-slot = Fixed time (optional)
schedule-title = Schedule
schedule-intro = The scheduler places every session so that nobody is in two places at once, rooms are big and equipped enough, and fixed sessions stay put; then it keeps sessions of the same theme and with the same interested audience apart, and spreads themes over the days. Each computation is a draft: the public programme changes only when you publish one.
schedule-name = Name of the draft
schedule-seed = Seed
schedule-compute = Compute a new draft
schedule-versions = Versions
schedule-hard = { $count } hard violations
schedule-soft = soft cost { $count }
schedule-published = published
schedule-publish = Publish this version
schedule-violations = What the schedule still breaks
violation-room-unsuitable = The room does not suit { $sessions } (size, equipment or type).
violation-person-unavailable = Someone in { $sessions } is not available then.
violation-person-double-booked = The same person is in { $sessions } at the same time.
violation-same-theme-parallel = Sessions of the same theme run in parallel: { $sessions }.
violation-no-room-left = No room and time is left for { $sessions }.
programme-title = Programme
programme-none = The programme has not been published yet.
programme-day-zero = Day 0
programme-day = Day { $n }
programme-time = Time (UTC)
session-not-scheduled = This session is not in the published programme yet.
session-language = Language: { $language }
session-proposal = The workshop proposal
session-interested = Add to my agenda
session-uninterested = Remove from my agenda
agenda-title = My agenda
session-role-organizer = Organizer
session-type-workshop = Workshop
session-type-main-session = Main session
session-type-open-forum = Open forum
session-type-dynamic-coalition = Dynamic coalition session
session-type-best-practice-forum = Best practice forum
session-type-policy-network = Policy network
session-type-nri-session = NRI collaborative session
session-type-day-0 = Day 0 event
session-type-town-hall = Town hall
session-type-lightning-talk = Lightning talk
session-type-opening = Opening ceremony
session-type-closing = Closing ceremony
schedule-not-placed = not placed
schedule-move = Move a session
schedule-move-warning = This move breaks hard constraints. Confirm to save it anyway in a draft; a version with hard violations cannot be published.
schedule-move-session = Session
schedule-move-confirm = I understand, save the move
schedule-move-submit = Move
schedule-compare = Compare with another version
schedule-compare-with = Version
schedule-compare-submit = Compare
schedule-no-differences = The two versions place every session alike.
changes-title = Changes to the programme
changes-intro = Every change made after the programme was first published, newest first. The people of each session were told by mail.
changes-none = Nothing has changed since the programme was published.
mail-session-moved-subject = A session of yours has moved — { $forum }
mail-session-moved-body =
    Hello { $name },

    The programme has changed:

    { $change }

    { $link }
cycle-availability = My availability
availability-intro = Tick the times you cannot attend. The scheduler keeps your sessions out of them.
availability-no-slots = The venue's time slots are not set yet.
availability-away = I cannot attend
venue-session-types = Session types the room takes (none ticked: any)
session-remote = Remote participation link
session-materials = Materials
session-details = Remote participation and materials
session-preferred-days = Days the organizers prefer
session-preferred-days-hint = The scheduler keeps the session on one of these days when it can (none ticked: any day).
agenda-see = See my agenda
agenda-intro = The sessions you added, by day and time. Times are the forum's, in its time zone; where your device's time zone differs, your own time is shown beside them.
agenda-local-time = your time
agenda-empty = Your agenda is empty. Open a session of a programme and choose “Add to my agenda”.
agenda-browse = Browse the calls and programmes
agenda-clash-summary = { $count ->
    [one] { $count } session of your agenda overlaps another in time: it is flagged below.
   *[other] { $count } sessions of your agenda overlap in time: each is flagged below.
}
agenda-clash = Clash:
agenda-clash-with = this session overlaps in time with
agenda-unplaced = Not in a published programme yet
agenda-calendar = Calendar
agenda-download = Download my agenda (iCalendar file)
agenda-subscribe-intro = A private calendar address lets your calendar app subscribe to your agenda and keep it up to date, without logging in. Anyone who has the address can read your agenda: keep it to yourself.
agenda-address-shown-once = Here is your private calendar address. Add it to your calendar app now (“subscribe” or “add a calendar from a URL”): it is shown only once.
agenda-address = Private calendar address
agenda-address-exists = You have a private calendar address. If you lost it or shared it by mistake, make a new one: the old one stops working.
agenda-address-make = Make my private calendar address
agenda-address-reset = Make a new address (the old one stops working)

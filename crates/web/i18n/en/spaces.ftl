# A group's space: its discussion archive, documents with versions, meetings and their speaking queue.

## Discussion
spaces-threads = Discussion
spaces-threads-intro = The group's discussions are public: anyone can read them; members write in them, and every new post is mailed to the other members.
spaces-no-threads = No discussion has started yet.
spaces-thread-title = Subject
spaces-posts = Posts
spaces-last-post = Last post
spaces-new-thread = Start a discussion
spaces-post-body = Message
spaces-markdown-hint = You can use Markdown: **bold**, *italics*, lists and links.
spaces-start-thread = Start the discussion
spaces-reply = Reply
spaces-send-reply = Send the reply
spaces-join-to-post = Only the group's members write here. Join the group from its overview page to take part.
spaces-login-to-post = Log in to take part
spaces-former-participant = A former participant
spaces-error-title = Give a title of at most 200 characters.
spaces-error-body = Write a message.
spaces-error-too-long = This text is too long: at most { $max } characters.
spaces-queue-members-only = Only the group's members can ask to speak at this meeting.
spaces-mail-post-subject = [{ $group }] { $title }
spaces-mail-post-intro = { $name } wrote in “{ $title }” ({ $group }):
spaces-mail-post-link = Read the discussion and reply: { $link }

## Documents
spaces-documents = Documents
spaces-no-documents = The group has no documents yet.
spaces-document-title = Title
spaces-document-body = Text
spaces-version = Version
spaces-updated = Last changed
spaces-new-document = New document
spaces-change-note = What changed
spaces-save-document = Save
spaces-join-to-write = Only the group's members write documents. Join the group from its overview page to take part.
spaces-version-of = Version { $number }, { $date }.
spaces-old-version = You are reading version { $number } of { $date }, not the current one.
spaces-see-current = See the current version
spaces-history = Versions
spaces-date = Date
spaces-author = Author
spaces-new-version = Save a new version
spaces-new-version-hint = Saving keeps every earlier version: anyone can still read them.
spaces-error-document-body = Write the document's text.

## Meetings
spaces-meetings = Meetings
spaces-times-in = Times are in the forum's time zone ({ $zone }).
spaces-upcoming = Upcoming meetings
spaces-past = Past meetings
spaces-no-meetings = None.
spaces-meeting-title = Title
spaces-meeting-kind = Kind
spaces-meeting-when = When
spaces-meeting-day = Date
spaces-meeting-time = Time ({ $zone })
spaces-meeting-location = Place
spaces-meeting-online = Online link
spaces-online = online
spaces-agenda = Agenda
spaces-minutes = Minutes
spaces-action-points = Action points
spaces-new-meeting = Schedule a meeting
spaces-edit-meeting = Edit the meeting, its minutes and action points
spaces-save-meeting = Save the meeting
spaces-not-yet = Not written yet.
spaces-open-consultation-hint = This is an open consultation: anyone logged in can ask to speak, onsite or online.
spaces-error-meeting-kind = Choose the kind of meeting.
spaces-error-day = Give the date as YYYY-MM-DD.
spaces-error-time = Give the time as HH:MM.
spaces-error-link = Give a web address starting with https:// or http://.
meeting-kind-meeting = Meeting
meeting-kind-open-consultation = Open consultation

## Speaking queue
spaces-queue = Speaking queue
spaces-queue-open = The queue is open.
spaces-queue-closed = The queue is closed.
spaces-queue-fair = People in the room and online take turns, each in the order they asked, so that neither waits behind the other.
spaces-speaking-now = Has the floor:
spaces-your-position = You are number { $n } in the queue.
spaces-waiting = { $count ->
    [one] One person waiting
   *[other] { $count } people waiting
}
spaces-no-one-waiting = No one is waiting.
spaces-order = Order of speakers
spaces-position = Position
spaces-speaker = Speaker
spaces-mode = Where
spaces-asked-at = Asked at
spaces-ask-where = Where are you taking part from?
spaces-ask = Ask to speak
spaces-withdraw = Withdraw my request
spaces-call-next = Call the next speaker
spaces-open-queue = Open the queue
spaces-close-queue = Close the queue
spaces-speaker-done = The speaker is done
spaces-spoken = { $count ->
    [one] One person has spoken.
   *[other] { $count } people have spoken.
}
spaces-join-to-speak = Only the group's members can ask to speak at this meeting.
spaces-login-to-speak = Log in to ask to speak
spaces-error-mode = Say whether you are in the room or online.
spaces-error-queue-closed = The queue is closed.
spaces-error-already-waiting = You are already in the queue.
speaking-mode-onsite = In the room
speaking-mode-online = Online

# The annual meeting: registration and accreditation, the approval queue, badges, check-in, certificates, visa letters.
meeting-title = The meeting
meeting-no-dates = not set yet
meeting-intro = Register for the meeting, onsite or online, separately from your forum account. Onsite participants need a badge photo; each organization may send at most { $max } onsite delegates. The Secretariat reviews every registration and mails you its decision.
meeting-staff = For the Secretariat
meeting-counts = { $count } waiting for a decision · { $total } approved onsite · { $n } approved online
meeting-queue-title = Registrations to review
meeting-check-in-title = Check-in desk
meeting-verify-title = Verify a certificate or a visa letter
meeting-mine = Your registration
meeting-status = Status
meeting-status-submitted = Submitted
meeting-status-approved = Approved
meeting-status-more-information = More information needed
meeting-status-refused = Refused
meeting-status-all = All
meeting-reason = Reason
meeting-attendance = Attendance
meeting-attendance-onsite = Onsite
meeting-attendance-online = Online
meeting-days-attended = Days attended
meeting-photo-alt = Your badge photo
meeting-photo-of = Badge photo of { $name }
meeting-badge-title = Badge
meeting-visa-letter-title = Visa invitation letter
meeting-certificate-title = Certificate of attendance
meeting-sign-in = Sign in to register for the meeting
meeting-register = Register for the meeting
meeting-update = Update my registration
meeting-photo = Badge photo (onsite only)
meeting-photo-hint = A recent photo of your face, JPEG or PNG, at most { $size } MB, at least { $min } pixels, portrait or square.
meeting-photo-kept = Leave it empty to keep the photo you sent.
meeting-photo-privacy = Only you and the Secretariat see your photo; it is deleted after the meeting.
meeting-closed = Registration for this meeting is closed.
meeting-queue-empty = No registration here.
meeting-decision = Decision
meeting-reason-hint = Needed to ask for more information or to refuse; the person reads it.
meeting-decide = Record the decision
meeting-retention = Badge photo retention
meeting-retention-rule = Badge photos are deleted { $n } days after the meeting ends.
meeting-retention-never = The deletion job has not run for this cycle yet.
meeting-retention-run = { $date }: { $count } photos deleted
meeting-retention-run-now = Delete the photos that are due now
meeting-badge-print = Print this page; the code under the QR code can also be typed at the desk.
meeting-badge-code = Badge code
meeting-checked-in = Checked in.
meeting-already-checked-in = Already checked in today.
meeting-check-in-refused = Not checked in:
meeting-check-in-hint = Scan the badge's QR code with a scanner, or type or paste the code printed under it.
meeting-check-in-submit = Check in
meeting-live-counts = Today at the desks
meeting-checked-in-today = Checked in on { $date }
meeting-checked-in-ever = People checked in at least once
meeting-approved-onsite = Approved onsite participants
meeting-refresh = Refresh the counts
meeting-document-print = Print this page or save it as PDF from your browser.
meeting-certificate-certifies = This certifies that
meeting-certificate-attended = attended { $title } on these days:
meeting-letter-to = To the consular officer concerned,
meeting-letter-body = { $name } ({ $organization }, { $country }) is registered and accredited to attend { $title } in person.
meeting-letter-dates = The meeting takes place from { $since } to { $date }.
meeting-letter-no-costs = This letter is an invitation only: it does not commit the forum to any cost of travel or stay.
meeting-issued-on = Issued on { $date }.
meeting-verification-code = Verification code
meeting-verify-at = Check this document at
meeting-certificate-intro = Your certificate is issued from your verified check-ins at the meeting.
meeting-visa-letter-intro = The letter names you, your organization and the meeting's dates, with a code a consulate can check.
meeting-certificate-issue = Issue my certificate
meeting-visa-letter-issue = Issue my visa letter
meeting-verify-intro = Type the code printed on a certificate of attendance or a visa invitation letter.
meeting-verify-submit = Verify
meeting-verified-certificate = A genuine certificate of attendance.
meeting-verified-visa-letter = A genuine visa invitation letter.
meeting-verified-name = Name
meeting-verified-meeting = Meeting
meeting-verified-issued = Issued
meeting-verify-unknown = No certificate or letter has this code. Check that it was typed exactly as printed.
meeting-error-attendance = Choose onsite or online.
meeting-error-organization = Name your organization (at most 200 characters).
meeting-error-stakeholder-group = Choose your organization's stakeholder group.
meeting-cap-reached = Your organization already has { $max } onsite delegates registered, the most this meeting allows. You can register online.
meeting-photo-missing = Onsite participants need a badge photo.
meeting-photo-too-large = The photo is larger than { $size } MB.
meeting-photo-not-an-image = The file is not a JPEG or PNG image.
meeting-photo-unreadable = The image is damaged and cannot be read.
meeting-photo-too-small = The photo is too small: at least { $min } pixels.
meeting-photo-too-big = The photo is too large in pixels: at most { $max }.
meeting-photo-aspect = The photo must be portrait or square: its width divided by its height between { $min } and { $max }.
meeting-photo-uniform = The photo is blank or of one colour.
meeting-reason-required = Give a reason the person can act on.
meeting-decision-not-from = This decision cannot be taken on a registration that is { $value }.
meeting-token-malformed = This is not a badge code. Type it again exactly as printed.
meeting-token-forged = This badge was not issued by this forum (its signature does not match).
meeting-token-other-cycle = This badge is for another year's meeting.
meeting-token-expired = This badge has expired.
meeting-not-a-meeting-day = Check-in is open on the meeting's days only.
meeting-badge-withdrawn = This badge's registration is no longer approved.
meeting-certificate-no-attendance = A certificate is issued only after you have been checked in at the meeting.
meeting-letter-not-approved = A visa letter is issued only for an approved onsite registration.
forbidden-meeting-badge-not-approved = A badge is issued only for an approved onsite registration.
mail-meeting-submitted-subject = Your registration for { $title } was received
mail-meeting-submitted-body =
    Dear { $name },

    We received your registration for { $title }. The Secretariat will review it and mail you its decision.

    { $link }
mail-meeting-approved-subject = Your registration for { $title } is approved
mail-meeting-approved-body =
    Dear { $name },

    Your registration for { $title } is approved. Onsite participants can print their badge and, if needed, a visa invitation letter:

    { $link }
mail-meeting-more-information-subject = Your registration for { $title }: more information needed
mail-meeting-more-information-body =
    Dear { $name },

    The Secretariat needs more information about your registration for { $title }:

    { $reason }

    Update your registration here: { $link }
mail-meeting-refused-subject = Your registration for { $title } was refused
mail-meeting-refused-body =
    Dear { $name },

    Your registration for { $title } was refused, for this reason:

    { $reason }

    { $link }
settings-meeting-delegates-per-organization = Onsite delegates per organization (meeting)
settings-meeting-photo-retention-days = Days after the meeting before badge photos are deleted

cycle-statistics-meeting-attendance = The meeting's accreditation (registrations)
cycle-statistics-approved-onsite = Approved to attend onsite
cycle-statistics-approved-online = Approved to attend online
cycle-statistics-checked-in = Checked in at the desks

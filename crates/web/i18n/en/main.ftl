# Agora — English catalog (the reference for every other language).
# Keys are grouped by page; vocabulary terms are "<vocabulary>-<code>".

## Navigation and frame
nav-skip = Skip to content
nav-main = Main
nav-menu = Menu
nav-languages = Languages
nav-home = Home
nav-participants = Participants
nav-organizations = Organizations
nav-statistics = Statistics
nav-reference = Reference data
nav-profile = My profile
nav-admin = Forum settings
nav-login = Log in
nav-logout = Log out
nav-register = Register
nav-privacy = Privacy notice
footer-powered = Powered by Agora, open-source software for multistakeholder governance forums.
back-home = Back to the home page
choose = Choose…
not-stated = Not stated
yes = Yes
download = Download

## Home
home-title = Home
home-intro-default = An open forum where governments, the private sector, civil society, the technical community, academia and intergovernmental organizations discuss Internet governance on an equal footing. Anyone may take part.
home-participants = participants
home-organizations = organizations
home-countries = countries and areas
home-join = Register to take part
home-explore = Explore the forum
home-statistics-hint = who takes part, by stakeholder group, region and more
home-participants-hint = the people and organizations of the forum
home-reference-hint = countries, UN regional groups, WSIS action lines and SDGs

## Privacy
privacy-title = Privacy notice
privacy-default-1 = This forum stores the details you give when you register so that you can take part: your name, email address, stakeholder group, organization, country, and, if you choose to give them, your gender, languages and a short biography.
privacy-default-2 = Your name, organization, stakeholder group and country appear in the public directory only if you choose to be listed. Gender and other diversity data are only ever published as totals, and counts under five are hidden.
privacy-default-3 = You can download everything the forum holds about you, and delete your account, from your profile at any time. Your public contributions then remain, attributed to a former participant.
privacy-default-4 = Cookies: one keeps you signed in, one protects the forms against forgery, and if you comment without an account one fills in your name, group and country on your next comment for a day. None tracks you.

## Form fields
form-has-errors = Please correct the following:
field-name = Full name
field-email = Email address
field-password = Password
field-new-password = New password
field-password-hint = At least 10 characters. A few unrelated words make a strong, memorable password.
field-stakeholder-group = Stakeholder group
field-stakeholder-group-hint = The group you take part in. Journalists choose the group of their organization and tick "press or media" below.
field-organization = Organization
field-organization-hint = Pick one from the list or type a new name. Leave empty if you take part in a personal capacity.
field-website = Organization website (optional)
field-country = Country or area
field-gender = Gender (optional)
field-gender-hint = Used only for anonymous totals, so the forum can see whether it is balanced.
field-languages = Languages you speak
field-participation = Taking part
field-first-time = This is my first time at this forum
field-media = I take part as press or media
field-listed = List me in the public directory (name, organization, stakeholder group and country)
field-bio = Short biography (optional)
field-bio-hint = Markdown is allowed: **bold**, _italic_, [links](https://example.org).
field-consent = I have read and accept the

## Field errors
field-name-missing = Enter your full name.
field-name-invalid = Enter a name of at most 120 characters without control characters.
field-email-missing = Enter your email address.
field-email-invalid = Enter an email address like name@example.org.
field-password-too-short = Choose a password of at least 10 characters.
field-password-too-long = Choose a password of at most 256 characters.
field-password-weak = This password is too easy to guess (a common password, a repeated character, or your own name or email). Choose another.
field-stakeholder-group-missing = Choose your stakeholder group.
field-country-missing = Choose your country or area.
field-country-unknown = Choose a country or area from the list.
field-gender-unknown = Choose a gender from the list, or leave it empty.
field-language-unknown = Choose languages from the list.
field-bio-too-long = Keep the biography under 4,000 characters.
field-consent-missing = You need to accept the privacy notice to register.
field-organization-too-long = Keep the organization name under 200 characters.
field-website-invalid = Enter a web address starting with https:// or http://.

## Registration and verification
register-title = Register
register-intro = Anyone may take part in the forum. Tell us who you are so the forum can see that every stakeholder group and region is heard.
register-submit = Register
register-have-account = Already registered?
register-sent-title = Check your mailbox
register-sent-body = We have sent a message to the address you gave. Follow the link in it to confirm your address, then log in. If nothing arrives within a few minutes, check your spam folder.
verify-invalid-title = This link no longer works
verify-invalid-body = The confirmation link has expired or was already used. Log in to receive a new one.

## Log in and passwords
login-title = Log in
login-submit = Log in
login-forgot = Forgot your password?
login-failed = The email address or password is not right.
login-unverified-title = Confirm your address first
login-unverified-body = Your email address is not confirmed yet. We have sent you a new link: follow it, then log in.
forgot-title = Reset your password
forgot-intro = Enter the email address of your account and we will send you a link to choose a new password.
forgot-submit = Send the link
forgot-sent-title = Check your mailbox
forgot-sent-body = If an account uses that address, we have sent it a link to choose a new password. The link works for one hour.
reset-title = Choose a new password
reset-submit = Save the new password
reset-invalid-title = This link no longer works
reset-invalid-body = The password reset link has expired or was already used. Ask for a new one from the log-in page.

## Notices
notice-verified = Your email address is confirmed. You can now log in.
notice-password-reset = Your password has been changed: every session was ended and every API token revoked. Log in with the new password, and create new tokens for your integrations.
notice-logged-out-everywhere = Every session of your account has ended and every API token was revoked. Log in again, and change your password if it may be known.
logout-everywhere = End every session and revoke every token
logout-everywhere-explain = If you think someone else has your password or one of your API tokens, end every session of your account on every device and revoke all its API tokens. Then change your password.
logout-everywhere-title = Log out everywhere
notice-saved = Your profile has been saved.
notice-logged-out = You are logged out.

## Profile
profile-title = My profile
profile-roles = Roles
profile-save = Save my profile
profile-your-data = Your data
profile-export = Download my data (JSON)
profile-delete = Delete my account
delete-title = Delete my account
delete-explain = This erases your name, email address and every detail of your profile, and logs you out everywhere. What you contributed in public stays, attributed to "former participant". This cannot be undone.
delete-password = Your password, to confirm
delete-submit = Delete my account for good
delete-wrong-password = That password is not right.
deleted-title = Your account is deleted
deleted-body = Your personal data has been erased. Thank you for taking part.

## Roles
role-participant = Participant
role-secretariat = Secretariat
role-mag = MAG member
role-chair = Chair
role-admin = Administrator

## Directory
participants-title = Participants
participants-intro = Participants who chose to be listed. Nobody else appears here.
organizations-title = Organizations
organizations-participants = Participants
organizations-all = All organizations
organization-listed-people = Listed participants
directory-filter = Filter the list
directory-name = Name
directory-any = Any
directory-apply = Apply filters
directory-empty = Nobody matches these filters.
directory-pages = Pages
directory-previous = Previous page
directory-next = Next page

## Statistics
statistics-title = Participation statistics
statistics-total = { $total ->
    [one] { $total } registered participant.
   *[other] { $total } registered participants.
}
statistics-privacy = Only totals are published. Any count from 1 to 4 is hidden, with one more count where needed, so that nobody can be singled out.
statistics-sections = On this page
statistics-category = Category
statistics-count = Participants
statistics-suppressed = fewer than 5
statistics-suppressed-note = "Fewer than 5" marks a hidden count.
statistics-chart-description = Bar chart of { $total } registrations; the same numbers are in the table beside it.
statistics-development-note = A country can be on several UN lists (Afghanistan is both least developed and landlocked), so these counts can add up to more than the total.
statistics-by-stakeholder-group = By stakeholder group
statistics-by-regional-group = By UN regional group
statistics-by-development-status = By development status of the country
statistics-by-gender = By gender
statistics-by-first-time = First-time participants
statistics-by-media = Press and media

## Vocabularies
stakeholder-group-government = Government
stakeholder-group-private-sector = Private sector
stakeholder-group-civil-society = Civil society
stakeholder-group-technical-community = Technical community
stakeholder-group-academia = Academia
stakeholder-group-intergovernmental-organization = Intergovernmental organization
regional-group-african = African Group
regional-group-asia-pacific = Asia-Pacific Group
regional-group-eastern-european = Eastern European Group
regional-group-latin-american-caribbean = Latin American and Caribbean Group (GRULAC)
regional-group-western-european-others = Western European and Others Group (WEOG)
regional-group-intergovernmental-organizations = Intergovernmental organizations
regional-group-no-group = Not in a UN regional group
development-status-ldc = Least developed country (LDC)
development-status-lldc = Landlocked developing country (LLDC)
development-status-sids = Small island developing State (SIDS)
development-status-not-listed = On none of these lists
gender-female = Female
gender-male = Male
gender-non-binary = Non-binary
gender-prefer-not-to-say = Prefer not to say
gender-not-stated = Not stated
first-time-first-time = First time
first-time-returning = Returning
media-media = Press or media
media-not-media = Other participants

## Reference data
reference-title = Reference data
reference-intro = The shared vocabularies of the forum, compiled from UN sources. Also available as
reference-stakeholder-groups = Stakeholder groups
reference-press-note = Press and media are not a separate group: journalists choose the group of their organization and are counted separately as press.
reference-regional-groups = UN regional groups
reference-group = UN regional group
reference-members = Members
reference-action-lines = WSIS action lines
reference-code = Code
reference-title-column = Title
reference-linked-sdgs = Linked SDGs
reference-sdgs = Sustainable Development Goals
reference-countries = Countries and areas (UN M49)
reference-region = Sub-region

## Forum settings
admin-settings-title = Forum settings
admin-forum-name = Forum name
admin-forum-intro = Introduction on the home page
admin-forum-privacy = Privacy notice
admin-markdown-hint = Markdown is allowed. Leave empty to use Agora's default text.
admin-save = Save the settings
admin-settings-too-long = A setting is too long: the name takes up to 120 characters, the introduction 20,000 and the privacy notice 50,000.

## Mail
mail-verify-subject = Confirm your address for { $forum }
mail-verify-body =
    Hello { $name },

    Thank you for registering. Please confirm your email address by opening this link:

    { $link }

    The link works for seven days. If you did not register, ignore this message.
mail-reset-subject = Reset your password for { $forum }
mail-reset-body =
    Hello { $name },

    Someone asked to reset the password of your account. To choose a new password, open this link within one hour:

    { $link }

    If it was not you, ignore this message: your password stays as it is.
mail-already-registered-subject = Someone tried to register with your address at { $forum }
mail-already-registered-body =
    Hello,

    Someone tried to register a new account with this email address, which already has an account.

    If it was you, log in instead, or choose a new password here:

    { $link }

    If it was not you, ignore this message.

## Errors
error-not-found = Page not found
error-not-found-help = There is nothing at this address. Check the link, or start again from the home page.
error-bad-request = The request could not be understood
error-bad-request-help = Something in the request is not valid. The details below say what.
error-csrf = This form has expired
error-csrf-help = For your security, forms work only from the page that showed them. Go back, reload the page and send the form again.
error-forbidden = Not allowed
error-forbidden-help = Your account does not have the role needed for this page.
error-rate-limited = Too many attempts
error-rate-limited-help = Please wait a few minutes before trying again.
error-conflict = Already exists
error-conflict-help = Something with the same name already exists.
error-internal = Something went wrong on our side
error-internal-help = The problem has been logged. Please try again in a moment.
nav-consultations = Consultations
admin-time-zone = Time zone
admin-time-zone-hint = The zone every date and time is shown in, as an IANA name such as Africa/Nairobi or America/Sao_Paulo (UTC when empty).
admin-settings-time-zone-unknown = That is not a time zone of the IANA database: write it as Continent/City, such as Africa/Nairobi.
home-my-work = Your work
home-my-work-none = Nothing is waiting for you. See what is open below.
home-my-evaluations = Proposals to evaluate
home-evaluations-progress = { $done } of { $assigned } evaluated
home-my-reports = Session reports to file
home-my-proposals = Your proposals
home-my-groups = Your groups
home-my-agenda = Your agenda
home-agenda-sessions = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
home-my-queues = Waiting for the Secretariat
home-queue-screening = { $count ->
    [one] 1 proposal to screen in { $cycle }
   *[other] { $count } proposals to screen in { $cycle }
}
home-queue-staged = { $count ->
    [one] 1 staged decision to review and publish in { $cycle }
   *[other] { $count } staged decisions to review and publish in { $cycle }
}
home-queue-registrations = { $count ->
    [one] 1 meeting registration to approve in { $cycle }
   *[other] { $count } meeting registrations to approve in { $cycle }
}
home-now = Happening now
home-now-nothing = No call, consultation or meeting is open at the moment.
home-open = Open
home-open-until = until { $date }
home-next-phase = Next: { $phase } opens on { $date }.
home-on-now = On now
home-consultation = Public consultation
home-take-part-consultation = Read and respond
home-take-part-call-for-issues = Suggest an issue
home-take-part-call-for-proposals = Propose a workshop
home-take-part-screening = See the proposals
home-take-part-evaluation = See the cycle
home-take-part-selection = See the cycle
home-take-part-scheduling = See the draft programme
home-take-part-meeting = See the programme
home-take-part-reporting = Read the session reports
cycle-emerging = Emerging issues this year
cycle-emerging-recommend = Draft a recommendation

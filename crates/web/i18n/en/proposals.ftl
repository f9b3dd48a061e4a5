# Agora — English catalog: cycles, calls for issues and proposals, screening, evaluation and selection.

## Cycles
nav-cycles = Calls and programme
no = No
minutes = { $count } minutes
cycles-title = Cycles
cycles-intro = Each year of the forum is a cycle: a call for issues, a call for workshop proposals, screening, evaluation by the MAG, selection, then the meeting and its reports.
cycles-none = No cycle has been opened yet.
cycles-new = Open a new cycle
cycles-name = Name
cycles-host = Host city and country
cycles-meeting-dates = Meeting dates
cycles-hybrid = Hybrid (onsite and online)
cycles-onsite = Onsite only
cycles-format = Format
cycles-create = Open the cycle
cycle-overview = Overview
cycle-issues = Call for issues
cycle-proposals = Proposals
cycle-workshops = Approved workshops
cycle-synthesis = Synthesis
cycle-evaluate = My evaluations
cycle-results = Ranking and selection
cycle-screening = Screening
cycle-assignment = Evaluators
cycle-settings = Settings
cycle-phases = Phases
cycle-phase = Phase
cycle-from = From
cycle-to = To
cycle-now = now
cycle-themes = Themes
cycle-no-themes = The MAG has not recorded the themes yet.
cycle-rules = Rules
rule-min-speakers = At least { $count } confirmed speakers.
rule-gender-diverse = At least one speaker of a different gender from the others.
rule-max-proposals = At most { $count } proposals per person and per institution.
rule-evaluators = { $count } MAG evaluators per proposal.
rule-previous-report = Organizers of an earlier workshop must link its report.
phase-call-for-issues = Call for issues
phase-call-for-proposals = Call for proposals
phase-screening = Screening
phase-evaluation = Evaluation
phase-selection = Selection
phase-scheduling = Scheduling
phase-meeting = Meeting
phase-reporting = Reporting

## Settings
settings-formats = Formats and their durations
settings-formats-hint = One format per line: its code, a colon, then the allowed durations in minutes (for example "flash: 30").
settings-criteria = Evaluation criteria (comma-separated)
settings-gender-diverse-speakers = Require speakers of more than one gender
settings-previous-report-required = Require the report of the organizer's previous workshop
settings-min-confirmed-speakers = Minimum confirmed speakers
settings-min-onsite-speakers = Minimum onsite speakers
settings-min-onsite-moderators = Minimum onsite moderators
settings-max-proposals-per-person = Maximum proposals per person
settings-max-proposals-per-institution = Maximum proposals per institution
settings-max-sessions-per-speaker = Maximum sessions per speaker
settings-title-max-chars = Maximum title length (characters)
settings-description-max-words = Maximum description length (words)
settings-score-min = Lowest score
settings-score-max = Highest score
settings-evaluators-per-proposal = Evaluators per proposal
settings-slots = Workshop slots
settings-per-theme-cap = Maximum workshops per theme
settings-target-developing-percent = Target: workshops with organizers from developing countries (%)
settings-target-first-time-percent = Target: workshops of first-time proposers (%)
settings-target-gender-diverse-percent = Target: workshops with gender-diverse speakers (%)
settings-target-per-region = Target: workshops with organizers from each UN regional group
settings-error-number = { $field }: enter a whole number from 0 to 100,000.
settings-error-phase = { $field }: enter both dates, the first not after the second.
settings-error-score-scale = The lowest score must be below the highest.
settings-error-evaluators-per-proposal = A proposal needs at least one evaluator.
settings-error-formats = Every format line needs a known format (panel, roundtable, debate, break-out, birds-of-a-feather, flash, other) and at least one duration.
settings-error-criteria = Give at least one evaluation criterion.
settings-error-slots = Slots and the per-theme maximum must be at least 1.
settings-error-targets = Percentages cannot exceed 100.
settings-phase-call-for-issues = Call for issues
settings-phase-call-for-proposals = Call for proposals
settings-phase-screening = Screening
settings-phase-evaluation = Evaluation
settings-phase-selection = Selection
settings-phase-scheduling = Scheduling
settings-phase-meeting = Meeting
settings-phase-reporting = Reporting

## Call for issues and themes
issues-intro = Which Internet governance issues should this year's forum discuss? Anyone registered may suggest issues; the MAG reads them all and chooses the themes.
issues-your-issue = Your issue
issues-submit = Submit the issue
issues-received = { $count ->
    [one] { $count } issue received
   *[other] { $count } issues received
}
issues-count = Issues
issues-closed = The call for issues closed on { $date }.
forbidden-issues-closed = The call for issues is closed.
issues-error-length = Write the issue in 1 to 2,000 characters.
themes-name = Theme
themes-description = Description
themes-sub-themes = Sub-themes (one per line)
themes-policy-questions = Illustrative policy questions
themes-add = Record the theme

## Proposals
proposal-new = Propose a workshop
proposal-mine = My proposals
proposal-form-title = Workshop proposal
proposal-deadline = Proposals can be submitted and edited until { $date } (UTC).
proposal-closed = The call for proposals closed on { $date }: proposals can no longer be submitted or changed.
proposal-submitted-count = { $count ->
    [one] { $count } proposal submitted
   *[other] { $count } proposals submitted
}
proposal-title = Title
proposal-title-hint = At most { $max } characters for the screening rule.
proposal-theme = Theme
proposal-format = Format
proposal-duration = Duration
proposal-description = Description
proposal-description-hint = The Internet governance issue or question, and how the session will address it; at most { $max } words.
proposal-policy-questions = Policy questions
proposal-expected-outcomes = Expected outcomes
proposal-hybrid-plan = Hybrid participation
proposal-hybrid-plan-hint = How will onsite and online speakers and participants interact, and which online tools will you use?
proposal-organizers = Co-organizers
proposal-organizers-hint = Organizations organizing the session with you, with their stakeholder group and country.
proposal-organizer-n = Co-organizer { $n }
proposal-people = Speakers, moderators and rapporteur
proposal-people-hint = Each person receives an invitation by mail to confirm. Only confirmed people count for screening.
proposal-person-n = Person { $n }: role
proposal-onsite = Onsite
proposal-role = Role
proposal-invitation = Invitation
proposal-sdgs = Sustainable Development Goals
proposal-action-lines = WSIS action lines
proposal-previous-report = Report of your previous workshop
proposal-previous-report-hint = If you organized a workshop at an earlier meeting, link its report: without it, this proposal cannot pass screening.
proposal-save-draft = Save as draft
proposal-submit = Submit the proposal
proposal-edit = Edit the proposal
proposal-diversity = Diversity of the people listed
proposal-diversity-groups = Stakeholder groups
proposal-diversity-regions = UN regional groups
proposal-diversity-genders = Genders
proposal-screening = Screening
proposal-history = Saved versions
proposal-version = Version { $n }
diversity-people = { $count } people (declined invitations not counted)
diversity-developing = { $count } from developing countries (LDC, LLDC or SIDS)
diversity-first-timers = { $count } first-time participants
proposal-status-draft = Draft
proposal-status-submitted = Submitted
proposal-error-title = Give the proposal a title.
proposal-error-too-long = Keep this under { $max } characters.
proposal-error-description-words = The description has { $words } words; this call allows at most { $max }.
proposal-error-title-length = The title has { $length } characters; this call allows at most { $max }.
proposal-error-choice = Choose from the list.
proposal-error-required = This field is needed to submit the proposal.
proposal-error-organizer = Give each co-organizer a stakeholder group and a country.
proposal-error-person = Give each person a name and a valid email address.
proposal-error-speaker-cap = { $name } is already confirmed in { $count } sessions of this cycle; the limit is { $max }.
session-role-speaker = Speaker
session-role-onsite-moderator = Onsite moderator
session-role-online-moderator = Online moderator
session-role-rapporteur = Rapporteur
invitation-invited = Waiting for an answer
invitation-confirmed = Confirmed
invitation-declined = Declined
format-panel = Panel
format-roundtable = Roundtable
format-debate = Debate
format-break-out = Break-out groups
format-birds-of-a-feather = Birds of a feather
format-flash = Flash session
format-other = Other

## Invitations
invitation-title = Invitation to a workshop
invitation-text = You are invited as { $role } in the proposed workshop
invitation-confirm = I confirm
invitation-decline = I decline
invitation-login = Log in, or register, to answer: speakers take part with their profile.

## Screening
screening-intro = Stage 1: every submitted proposal is checked against the published rules of the cycle. Each rule passes or fails with its reason, which the proposer sees. An override needs a recorded reason.
screening-run = Screen all submitted proposals
screening-summary-passed = { $count } passed
screening-summary-failed = { $count } failed
screening-passed = Passed
screening-failed = Did not pass
screening-not-yet = Not screened yet
screening-overridden = decided by the Secretariat
screening-override = Override
screening-reason = Reason (recorded)
screening-complete = Fields to fill: { $missing }.
screening-complete-ok = Every field of the form is filled.
screening-title-length = Title: { $length } characters (at most { $max }).
screening-description-length = Description: { $words } words (at most { $max }).
screening-format-duration = Format and duration: { $duration } minutes must be allowed for this format.
screening-confirmed-speakers = Confirmed speakers: { $count } (at least { $min }).
screening-gender-diverse = At least one confirmed speaker of a different gender from the others.
screening-onsite = Onsite: { $speakers } speakers (at least { $min_speakers }) and { $moderators } moderators (at least { $min_moderators }).
screening-not-mag-member = Proposers may not be members of the MAG.
screening-proposals-per-person = Proposals by this person in the cycle: { $count } (at most { $max }).
screening-proposals-per-institution = Proposals by this institution in the cycle: { $count } (at most { $max }).
screening-sessions-per-speaker = No confirmed speaker in more than { $max } sessions.
screening-previous-report = The report of the proposer's previous workshop is linked.

## Evaluation
assignment-intro = Each proposal that passed screening gets its evaluators from the MAG, computed as an optimal assignment: never a member with a conflict of interest, members from different stakeholder groups on each proposal, matching issue areas, and even loads.
assignment-proposals = { $count } proposals to evaluate
assignment-members = { $count } MAG members
assignment-pairs = { $count } assignments
assignment-scored = { $count } evaluations submitted
assignment-compute = Compute the optimal assignment
assignment-short = Proposals without enough evaluators
assignment-progress = Progress by MAG member
assignment-assigned = Assigned
assignment-done = Evaluated
assignment-by-hand = Adjust by hand
assignment-proposal-number = Proposal number
assignment-member = MAG member
assignment-action = Change
assignment-add = Add
assignment-remove = Remove
evaluation-areas = My issue areas
evaluation-areas-hint = Themes you know best: the assignment prefers giving you proposals on them.
evaluation-assigned = { $count ->
    [one] { $count } proposal to evaluate
   *[other] { $count } proposals to evaluate
}
evaluation-none = No proposals are assigned to you yet.
evaluation-status = Status
evaluation-scored = Evaluated
evaluation-to-do = To evaluate
evaluation-score-title = Evaluate a proposal
evaluation-anonymised = Anonymised view: the names of proposers, organizations and people are hidden; their groups, regions and the developing-country and first-time flags are shown.
evaluation-first-time-proposer = First-time proposer
evaluation-developing = developing country
evaluation-first-timer = first-timer
evaluation-your-scores = Your scores
evaluation-comment = Comment
evaluation-save = Save my evaluation
evaluation-error-scores = Score every criterion from { $min } to { $max }. Nothing was saved.
evaluation-conflict = Conflict of interest
evaluation-conflict-reason = Why you should not evaluate this proposal
evaluation-conflict-declare = Declare a conflict
criterion-policy-question = Policy question
criterion-relevance = Relevance
criterion-content = Content
criterion-interaction = Interaction and format
criterion-diversity = Diversity
forbidden-conflict-listed-on-proposal = You are listed on this proposal: you cannot evaluate it.
forbidden-conflict-same-organization = This proposal comes from your organization: you cannot evaluate it.
forbidden-conflict-declared = You declared a conflict of interest with this proposal.
forbidden-not-assigned = This proposal is not assigned to you.
forbidden-scores-confidential = The scores are confidential to the Secretariat and the Chair until the selection is published; then they are open data under pseudonyms.

## Ranking, selection and decisions
results-intro = Scores per proposal: mean, median, and a normalised score that corrects for harsh and lenient evaluators. The suggested selection takes the best normalised scores within the slots and the per-theme maximum, then makes the fewest swaps needed to meet the balance targets.
results-suggestion = Suggested selection
results-selected = { $count } proposals suggested
results-swaps = { $count } swaps for balance
results-cost = Score given up against the pure ranking
results-targets = Balance targets
results-target = Target
results-minimum = Minimum
results-by-ranking = Pure ranking
results-in-suggestion = Suggestion
results-no-theme = No theme
results-scores = Scores
results-mean = Mean
results-median = Median
results-normalised = Normalised
results-suggested = Suggested
results-decision = Decision
results-record = Record
results-anonymised-scores = Anonymised scores
target-developing = Organizers from developing countries
target-first-time = First-time proposers
target-gender-diverse = Gender-diverse speakers
decision-approved = Approved
decision-approved-if-merged = Approved if merged
decision-not-approved = Not approved
decision-merge-with = Merge with proposal number
decision-rationale = Rationale
workshops-none = No workshop has been approved yet.
synthesis-intro = Proposals received, passed screening and approved, by theme and by the stakeholder groups and UN regional groups of their organizers. A proposal counts in every group it has an organizer from.
synthesis-all = All proposals
synthesis-received = Received
synthesis-passed = Passed screening
synthesis-approved = Approved

## Mail
mail-invitation-subject = Invitation to speak in a workshop proposed to { $forum }
mail-invitation-body =
    Hello { $name },

    { $proposer } has listed you as { $role } in the workshop proposal "{ $title }".

    Please confirm or decline here:

    { $link }

    Only confirmed people count when the proposal is screened.
mail-decision-subject = Decision on your workshop proposal: { $title }
mail-decision-body =
    Hello { $name },

    The MAG has decided on your proposal "{ $title }": { $decision }.

    The decision and its rationale are on the proposal's page:

    { $link }
settings-report-due-days = Reports due, days after the session
settings-recommendation-reminder-days = Remind bodies that have not answered a recommendation, every … days
decisions-review = Review and publish the decisions
decisions-review-intro = Staged decisions are not public and nobody is told of them. Publishing records them all on the public record and mails each proposer once.
decisions-nothing-staged = No decision is staged.
decisions-staged-count = { $count ->
    [one] 1 decision staged
   *[other] { $count } decisions staged
}
decisions-held-evaluation = The evaluation runs until { $date }: the decisions can be published once it has ended.
decisions-publish-warning = Publishing records these { $count } decisions on the public record and sends { $count } mails. It cannot be undone.
decisions-publish = Publish the decisions and tell the proposers
decisions-back-to-results = Back to the ranking
decisions-review-link = Review and publish
decisions-apply-suggestion = Stage the suggested selection
decisions-apply-suggestion-hint = Stages “Approved” for each suggested proposal and “Not approved” for the others not yet decided. Change any of them before publishing.
decisions-staged-as = Staged: { $decision }
decisions-choose = Choose…
decisions-stage = Stage
forbidden-decisions-held = Decisions are published once the evaluation has ended.
forbidden-decisions-nothing-staged = No decision is staged: stage decisions on the ranking first.
screening-outcomes = Screening outcomes
screening-filter-all = All
screening-filter-passed = Passed
screening-filter-failed = Did not pass
screening-filter-overridden = Overridden
screening-filter-not-screened = Not screened yet
screening-filter-outcome = Outcome
screening-filter-title = Title contains
screening-filter-apply = Show
screening-sort = Sort by
screening-sort-id = Number
screening-sort-title = Title
screening-sort-outcome = Outcome
screening-matching = Proposals matching: { $count }
screening-none = No proposal matches these filters.
screening-page-of = Page { $number } of { $of }
screening-error-reason = Give the reason for this override: it is recorded in the public record.
screening-error-reason-length = The reason may be at most { $max } characters long.
evaluation-queue = My evaluation queue
evaluation-progress = { $count } of { $total } evaluated
evaluation-continue = Continue with the next proposal to evaluate
evaluation-previous = Previous proposal
evaluation-next = Next proposal
evaluation-all-done = Saved. Every proposal assigned to you is evaluated; you can still change a score until the evaluation ends.
criterion-scale = { $min }: does not meet this criterion at all. { $max }: meets it fully.
criterion-policy-question-scale = { $min }: no clear policy question, or one outside Internet governance. { $max }: a precise, timely policy question the session can really address.
criterion-relevance-scale = { $min }: unrelated to the theme and the forum's priorities. { $max }: at the heart of the theme, on a question the forum needs to discuss now.
criterion-content-scale = { $min }: vague or thin content, with no clear outcome. { $max }: well-built content with concrete, useful expected outcomes.
criterion-interaction-scale = { $min }: a panel reading statements, no room for the audience or remote participants. { $max }: a format that makes everyone, onsite and online, take part.
criterion-diversity-scale = { $min }: speakers and organizers from one group or region only. { $max }: balanced across stakeholder groups, regions and genders, with newcomers.
results-rankings = Rankings by theme
results-themes = Themes
results-none = No proposal has been scored yet.
results-ranked = Ranked proposals: { $count }
results-normalised-hint = The normalised score corrects for harsh and lenient evaluators. Each evaluator's scores become z-scores (how many of that evaluator's own standard deviations a score lies above or below their own average); a proposal's z-scores are averaged and mapped back onto the scale as the mean of all scores plus that average times the standard deviation of all scores. It reads like a score but is not bounded by the scale: a proposal all of whose evaluators put it far above their usual marks can score more than { $max } (or less than { $min }).

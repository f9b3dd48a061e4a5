## Travel support (fellowships)
travel-title = Travel support
travel-intro = The forum funds the travel of people from developing countries who contribute to the meeting: a plane ticket, a per diem and visa costs, all or in part. Apply here; someone who knows your work confirms a recommendation from a link we mail them; evaluators score the applications and the Secretariat publishes the selection within the budget.
travel-dates = Applications
travel-no-dates = The call's dates are not set yet.
travel-budget = Budget
travel-usd = { $total } USD
travel-max-request = Largest request
travel-report-due = Report due
travel-eligibility = Who can apply
travel-rule-country-explained = People from a least developed country, a landlocked developing country or a small island developing State (UN lists).
travel-listed-economies = This call also accepts:
travel-rule-contribution-explained = People with an active contribution: a speaker or organizer of a session, a member of the MAG or of a national or regional IGF.
travel-rule-recommendation-explained = A recommendation, confirmed by the person who gives it from the link we mail them.
travel-rule-previous-report-explained = Anyone funded before must have filed the report of that trip.
travel-manage-title = Travel support: Secretariat
travel-evaluate-title = Travel support: evaluation
travel-mine = Your application
travel-status = Status
travel-status-draft = Draft, not submitted
travel-status-submitted = Submitted
travel-status-eligible = Eligible
travel-status-ineligible = Not eligible
travel-decision-funded = Funded
travel-decision-not-funded = Not funded
travel-contribution = Your contribution
travel-contribution-hint = Choose the one that applies best; the forum checks it against its records where it can.
travel-contribution-speaker = Speaker
travel-contribution-organizer = Organizer of a session
travel-contribution-mag = MAG member
travel-contribution-nri = Role in a national or regional IGF
travel-contribution-verified = shown by the forum's records
travel-contribution-declared = declared (not in the forum's records)
travel-contribution-detail = Details of your contribution (the session, the NRI)
travel-request = Your request
travel-request-hint = Amounts in whole US dollars; leave at 0 what you do not need.
travel-request-summary = { $total } USD: ticket { $value }, per diem { $n }, visa { $count }
travel-ticket = Plane ticket (USD)
travel-per-diem = Per diem (USD)
travel-visa = Visa costs (USD)
travel-motivation = Why you are applying
travel-recommendation = Recommendation
travel-recommendation-hint = We mail this person a link to confirm their recommendation. You can submit once they have.
travel-recommender-name = Recommender's name
travel-recommender-email = Recommender's email address
travel-recommendation-confirmed = confirmed
travel-recommendation-waiting = waiting for confirmation
travel-report = Your report
travel-report-hint = What you did at the meeting and what you bring back home. The forum publishes only totals about the funded.
travel-report-file = File the report
travel-report-filed = filed
travel-submit = Submit the application
travel-submit-hint = Once submitted, the application cannot be changed.
travel-sign-in = Sign in to apply for travel support.
travel-apply = Apply
travel-update = Update your draft
travel-save = Save the draft
travel-closed = The call for travel support is not open.
travel-statistics = Who applied and who was funded
travel-applied-count = { $total } applications submitted.
travel-funded-count = { $total } funded.
travel-statistics-note = Counts only: nothing on this page is about one person.
travel-applied = Applied
travel-funded = Funded
travel-statistics-json = These counts as JSON
## Rules, each named when it refuses
travel-rule-open = The call for travel support is not open.
travel-rule-country = { $country } is not on the UN lists of least developed, landlocked developing or small island developing countries, nor among this call's listed economies.
travel-rule-contribution = Name an active contribution: speaker, organizer, MAG member or NRI role.
travel-rule-recommendation = Your recommendation is not confirmed yet: the recommender must confirm it from the link we mailed them.
travel-rule-request = Request at least one of ticket, per diem and visa costs, and no more than { $max } USD in all.
travel-rule-previous-report = The report of an earlier funded trip has not been filed.
travel-rule-open-short = call closed
travel-rule-country-short = country not eligible
travel-rule-contribution-short = no contribution
travel-rule-recommendation-short = recommendation not confirmed
travel-rule-request-short = request empty or too large
travel-rule-previous-report-short = earlier report missing
travel-error-contribution = Choose your contribution.
travel-error-ticket-usd = The ticket must be a whole number of dollars.
travel-error-per-diem-usd = The per diem must be a whole number of dollars.
travel-error-visa-usd = The visa costs must be a whole number of dollars.
travel-error-recommender-name = Give the recommender's name.
travel-error-recommender-email = Give the recommender's email address (not your own).
travel-error-motivation = The motivation or the details are too long.
travel-error-letter = Write a few lines of recommendation (up to 5,000 characters).
travel-error-report = Write your report (up to 20,000 characters).
travel-error-submitted = This application was submitted and can no longer be changed.
travel-error-score = Choose a score on the scale.
travel-error-not-assigned = This application is not assigned to you.
travel-error-nothing-staged = Stage a selection before publishing it.
travel-error-published = The selection is already published.
travel-error-over-budget = This selection is over the budget by { $total } USD.
travel-error-not-funded = Only the funded file a report, once the selection is published.
travel-error-date = A date is not a valid date (YYYY-MM-DD).
travel-error-number = Every amount and number of points must be a whole number.
travel-error-dates = The call must close after it opens.
travel-error-evaluators = Choose 1 to 10 evaluators per application.
travel-error-economies = A listed economy is not a known ISO country code.
travel-error-confirm = Tick the box to confirm the publication: it decides every application and mails each applicant.
## The recommender's page
travel-recommendation-title = Confirm a recommendation
travel-recommendation-intro = { $name } applies for travel support to { $title } and names you as recommender. If you recommend them, write a few lines and confirm.
travel-applicant = Applicant
travel-recommendation-letter = Your recommendation
travel-recommendation-letter-hint = What you know of their work and why their presence matters. The evaluators read it.
travel-recommendation-confirm = Confirm the recommendation
travel-recommendation-thanks = Thank you: your recommendation is confirmed. You can still change its text here.
## Evaluators
travel-evaluate-intro = The applications assigned to you, without conflicts: none from your organization, nor from your country when the call says so.
travel-evaluate-empty = No application is assigned to you.
travel-score = Score
travel-comment = Comment (for the Secretariat)
travel-score-save = Save the score
## Secretariat
travel-settings = Settings of the call
travel-setting-opens = Opens on
travel-setting-closes = Closes on (last day)
travel-setting-report-due = Reports due on
travel-setting-budget-usd = Budget (USD)
travel-setting-max-request-usd = Largest request (USD)
travel-setting-first-timer-points = Priority to first-time participants (points)
travel-setting-partial-request-points = Priority to partial requests (points)
travel-setting-gender-balance-points = Priority to gender balance (points)
travel-setting-region-balance-points = Priority to region balance (points)
travel-setting-evaluators-per-application = Evaluators per application
travel-setting-listed-economies = Listed economies
travel-setting-listed-economies-hint = ISO codes separated by spaces (KE GH), eligible besides the UN lists.
travel-setting-exclude-same-country = Evaluators do not evaluate applicants from their own country
travel-settings-save = Save the settings
travel-applications = Applications
travel-applications-empty = No application is submitted yet.
travel-screen = Screen by the rules
travel-assign = Assign evaluators
travel-scores = Scores
travel-merit = Merit (0–100)
travel-suggested = Selected
travel-yes = yes
travel-staged = staged
travel-selection = Selection
travel-budget-buys = The budget of { $value } USD funds { $count } applications for { $total } USD. 10% more would fund { $n }.
travel-optimal = The selection is optimal: its score ({ $value }) is the best any selection within the budget reaches, proved by an exact solver; no selection could pass { $max }. { $total } USD requested in all.
travel-priorities = What each priority costs
travel-priority = Priority
travel-points = Points
travel-funded-with = Funded thanks to it or with it
travel-brings-in = Brings in
travel-leaves-out = Leaves out
travel-cost = Cost (points)
travel-cost-note = The cost is what the selection gives up in merit and the other priorities for this one: the selection without it, compared with this one.
travel-priority-first-timer = First-time participants
travel-priority-partial-request = Partial requests
travel-priority-gender-balance = Gender balance
travel-priority-region-balance = Region balance
travel-stage = Stage the optimal selection as a draft
travel-staged-summary = Draft: { $count } applications for { $total } USD, within the budget of { $value } USD.
travel-publish-confirm = I reviewed the draft: publish it and mail every applicant their decision.
travel-publish = Publish the selection
travel-published = The selection is published; each applicant was mailed their decision.
travel-overdue = Overdue reports
travel-overdue-none = No report is overdue.
forbidden-conflict-same-country = This applicant is from your country: you cannot evaluate the application.
## Mail
mail-travel-recommendation-subject = { $name } asks for your recommendation: travel support to { $title }
mail-travel-recommendation-body =
    { $name } applies for travel support to { $title } and names you as recommender.

    If you recommend them, open this link, write a few lines and confirm:
    { $link }

    If you do not know them, ignore this message.
mail-travel-recommended-subject = Your recommendation is confirmed: { $title }
mail-travel-recommended-body =
    { $name } confirmed your recommendation. You can now submit your application:
    { $link }
mail-travel-funded-subject = Travel support to { $title }: funded
mail-travel-funded-body =
    Dear { $name },

    Your application for travel support to { $title } is funded: { $total } USD.
    After the meeting, file your report by { $date }:
    { $link }
mail-travel-not-funded-subject = Travel support to { $title }: not funded
mail-travel-not-funded-body =
    Dear { $name },

    We are sorry: the budget did not allow us to fund your application for travel support to { $title }.
    The call's statistics are here:
    { $link }

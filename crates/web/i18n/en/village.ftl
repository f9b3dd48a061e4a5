# The IGF Village: booth applications, the selection, the floor plan and the booths' allocation.
village-title = The Village
village-intro = The Village is the exhibition space of the meeting, where organizations show their work at a booth. Apply for a booth below; the Secretariat selects the exhibitors, mails each applicant its decision, and allocates the booths on the floor plan.
village-manage-title = Village: selection and booths
village-plan = Floor plan
village-plan-title = Floor plan of the Village, { $title }
village-plan-summary = { $count } booths in a grid of { $total } cells, { $n } of them allocated. The list of exhibitors with their booth numbers follows the plan.
village-plan-legend = Numbered squares are booths: dark ones are allocated, light ones free; grey squares without a number cannot be used.
village-exhibitors = Exhibitors
village-exhibitors-none = The exhibitors have not been announced yet.
village-booth = Booth { $number }
village-booth-label = Booth
village-mine = Your application
village-status = Status
village-status-submitted = Submitted, awaiting the selection
village-status-selected = Selected
village-status-declined = Not selected
village-sign-in = Sign in to apply for a booth
village-apply = Apply for a booth
village-update = Update my application
village-description = What visitors will find at the booth
village-description-hint = 20 to 2,000 characters: your work, what you will show, who should come by.
village-needs = What the booth needs
village-need-power = Power sockets
village-need-screen = A screen
village-need-wired-internet = A wired Internet connection
village-need-furniture = A table and chairs
village-need-storage = Lockable storage
village-need-step-free = Step-free access for the exhibitors
village-closed = Applications are closed: the meeting is over, or its dates are not set yet.
village-error-organization = Give the organization's name (at most 200 characters).
village-error-stakeholder-group = Choose the organization's stakeholder group.
village-error-description = Describe the booth in 20 to 2,000 characters.
village-error-needs = Choose the needs from the list.
village-decided = This application has been decided and can no longer be changed.
village-rows = Rows
village-columns = Columns
village-unusable-label = Cells that cannot be used
village-unusable-hint = Their numbers, counted row by row from the top left, separated by commas; ranges such as 12-14 are accepted.
village-plan-save = Save the plan
village-plan-numbers = Give the rows and columns as numbers, and the unusable cells as numbers or ranges.
village-plan-size = A plan has 1 to { $max } rows and 1 to { $max } columns.
village-not-on-plan = Cell { $number } is not on the plan, whose last cell is { $max }.
village-plan-allocated = Booth { $number } is allocated: take the exhibitor out of it before changing the plan that way.
village-selection = Selection
village-staged = Staged, not yet published: { $count } selected, { $n } not selected. Nothing is mailed or public until you publish.
village-publish = Publish the staged decisions and mail each applicant
village-free-booths = { $count } usable booths are free.
village-fill-in = Give the selected exhibitors without a booth the free booths, in order
village-applications-none = No applications yet.
village-staged-selected = Select
village-staged-declined = Do not select
village-applicant = Applicant
village-decision = Decision
village-undecided = Undecided
village-stage = Stage
village-allocate = Allocate
village-not-selected = Only a selected exhibitor gets a booth.
village-unusable = Cell { $number } cannot be used as a booth.
village-taken = Booth { $number } is already allocated to { $organization }.
mail-village-selected-subject = Your booth at the Village of { $title }
mail-village-selected-body =
    Dear { $name },

    { $organization } is selected to exhibit at the Village of { $title }. Your booth number will be on the Village's page once the floor plan is allocated:

    { $link }
mail-village-declined-subject = Your application to the Village of { $title }
mail-village-declined-body =
    Dear { $name },

    Thank you for applying. The Village of { $title } has fewer booths than applications, and { $organization } was not selected this year.

    { $link }

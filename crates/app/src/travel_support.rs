//! Travel support's operations: save an application (a draft whose recommender is mailed a link), confirm a
//! recommendation, submit, screen, assign evaluators without conflicts, score, stage a selection within the budget
//! (checked in the writing transaction), publish it, file the report, and the statistics and overdue reports.

use agora_domain::evaluation::{Pair, Reviewable, assignment, scores};
use agora_domain::people::{Gender, UnRegionalGroup};
use agora_domain::travel_support::{
    self as rules, Analysis, Candidate, Contribution, Facts, Failure, Request, Rule, Statistics, TravelRules,
};
use agora_store::travel_support::{self as store, Application, NewApplication};
use agora_store::{Conn, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum TravelError {
    /// A rule of the call does not hold (named, with what its sentence needs).
    #[error("refused by the rule {:?}", .0.rule)]
    Refused(Failure),
    /// A field of the form is missing or wrong (the field's name).
    #[error("the field {0} is missing or wrong")]
    Field(&'static str),
    /// The application was submitted and can no longer be edited.
    #[error("the application was submitted")]
    Submitted,
    #[error("the score is outside the call's scale")]
    ScoreOutOfScale,
    #[error("the application is not assigned to this evaluator")]
    NotAssigned,
    #[error("no selection is staged")]
    NothingStaged,
    #[error("the selection was already published")]
    AlreadyPublished,
    /// The selection would spend more than the budget (by this many dollars).
    #[error("over the budget by {0} USD")]
    OverBudget(u64),
    /// Only the funded file a report, after the selection is published.
    #[error("not funded")]
    NotFunded,
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub fn rules_of(cycle: &agora_store::cycles::Cycle) -> &TravelRules {
    &cycle.rules.travel_support
}

/// The application form as typed.
pub struct Form<'a> {
    pub country: &'a str,
    pub contribution: &'a str,
    pub contribution_detail: &'a str,
    pub ticket_usd: &'a str,
    pub per_diem_usd: &'a str,
    pub visa_usd: &'a str,
    pub motivation: &'a str,
    pub recommender_name: &'a str,
    pub recommender_email: &'a str,
}

pub struct Save<'a> {
    pub cycle_id: i64,
    pub participant_id: i64,
    pub form: Form<'a>,
    /// The hash of a fresh recommendation link, used when the recommender is new or changed.
    pub recommendation_hash: &'a str,
    pub now: i64,
}

/// What a save did: the application, and whether the recommender must be mailed the fresh link.
pub struct Saved {
    pub application: Application,
    pub mail_recommender: bool,
}

fn amount(text: &str, field: &'static str) -> Result<u32, TravelError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    text.parse::<u32>().map_err(|_| TravelError::Field(field))
}

/// Saves the reader's draft application (the call open, the country eligible, a request within the ceiling).
/// Call it in a transaction.
pub async fn save(conn: &mut Conn, input: &Save<'_>) -> Result<Saved, TravelError> {
    let cycle = agora_store::cycles::get(&mut *conn, input.cycle_id).await?;
    let rules = rules_of(&cycle);
    let form = &input.form;
    let request = Request {
        ticket_usd: amount(form.ticket_usd, "ticket_usd")?,
        per_diem_usd: amount(form.per_diem_usd, "per_diem_usd")?,
        visa_usd: amount(form.visa_usd, "visa_usd")?,
    };
    let contribution = Contribution::from_code(form.contribution).ok_or(TravelError::Field("contribution"))?;
    if form.recommender_name.trim().is_empty() || form.recommender_name.chars().count() > 200 {
        return Err(TravelError::Field("recommender_name"));
    }
    let email = agora_domain::accounts::normalise_email(form.recommender_email).map_err(|_| TravelError::Field("recommender_email"))?;
    if form.motivation.chars().count() > 5000 || form.contribution_detail.chars().count() > 500 {
        return Err(TravelError::Field("motivation"));
    }
    let country = form.country.trim().to_ascii_uppercase();
    let facts = Facts {
        country: country.clone(),
        contribution: Some(contribution),
        recommendation_confirmed: false,
        request,
        report_missing: false,
    };
    rules::check_draft(&facts, rules, input.now).map_err(TravelError::Refused)?;
    let existing = store::of_participant(&mut *conn, input.cycle_id, input.participant_id).await?;
    if existing.as_ref().is_some_and(|a| a.status != "draft") {
        return Err(TravelError::Submitted);
    }
    let mine = agora_store::participants::get(&mut *conn, input.participant_id).await?;
    if mine.email.eq_ignore_ascii_case(&email) {
        return Err(TravelError::Field("recommender_email"));
    }
    let found = store::contributions(&mut *conn, input.cycle_id, input.participant_id).await?;
    let verified = match contribution {
        Contribution::Speaker => found.speaker,
        Contribution::Organizer => found.organizer,
        Contribution::Mag => found.mag,
        Contribution::Nri => found.nri,
    };
    let new_recommender = existing.as_ref().is_none_or(|a| !a.recommender_email.eq_ignore_ascii_case(&email));
    let id = store::save(
        &mut *conn,
        &NewApplication {
            cycle_id: input.cycle_id,
            participant_id: input.participant_id,
            country: &country,
            contribution: contribution.code(),
            contribution_detail: form.contribution_detail.trim(),
            contribution_verified: verified,
            ticket_usd: request.ticket_usd,
            per_diem_usd: request.per_diem_usd,
            visa_usd: request.visa_usd,
            motivation: form.motivation.trim(),
            recommender_name: form.recommender_name.trim(),
            recommender_email: &email,
            recommendation_hash: new_recommender.then_some(input.recommendation_hash),
        },
    )
    .await
    .map_err(|e| if matches!(e, StoreError::Conflict) { TravelError::Submitted } else { e.into() })?;
    Ok(Saved { application: store::get(&mut *conn, id).await?, mail_recommender: new_recommender })
}

/// The recommender confirms from the mailed link, with their letter; the application.
pub async fn confirm_recommendation(conn: &mut Conn, hash: &str, letter: &str) -> Result<Application, TravelError> {
    let application = store::by_recommendation(&mut *conn, hash).await?.ok_or(StoreError::NotFound)?;
    let letter = letter.trim();
    if letter.is_empty() || letter.chars().count() > 5000 {
        return Err(TravelError::Field("letter"));
    }
    store::confirm_recommendation(&mut *conn, application.id, letter).await?;
    Ok(store::get(&mut *conn, application.id).await?)
}

fn facts_of(application: &Application, report_missing: bool) -> Facts {
    Facts {
        country: application.country.clone(),
        contribution: Contribution::from_code(&application.contribution),
        recommendation_confirmed: application.recommendation_confirmed_at.is_some(),
        request: request_of(application),
        report_missing,
    }
}

pub fn request_of(application: &Application) -> Request {
    let dollars = |v: i64| u32::try_from(v).unwrap_or(0);
    Request {
        ticket_usd: dollars(application.ticket_usd),
        per_diem_usd: dollars(application.per_diem_usd),
        visa_usd: dollars(application.visa_usd),
    }
}

/// Submits the reader's draft: every rule of the call, the recommendation confirmed among them.
pub async fn submit(conn: &mut Conn, cycle_id: i64, participant_id: i64, now: i64) -> Result<Application, TravelError> {
    let cycle = agora_store::cycles::get(&mut *conn, cycle_id).await?;
    let application = store::of_participant(&mut *conn, cycle_id, participant_id).await?.ok_or(StoreError::NotFound)?;
    if application.status != "draft" {
        return Err(TravelError::Submitted);
    }
    rules::check_submission(&facts_of(&application, false), rules_of(&cycle), now).map_err(TravelError::Refused)?;
    store::submit(&mut *conn, application.id).await?;
    Ok(store::get(&mut *conn, application.id).await?)
}

/// Screens every submitted application of a cycle (again, if it was): (eligible, ineligible).
pub async fn screen(conn: &mut Conn, cycle_id: i64) -> Result<(usize, usize), TravelError> {
    let cycle = agora_store::cycles::get(&mut *conn, cycle_id).await?;
    if store::selection(&mut *conn, cycle_id).await?.is_some_and(|s| s.published_at.is_some()) {
        return Err(TravelError::AlreadyPublished);
    }
    let (mut eligible, mut ineligible) = (0, 0);
    for application in store::list(&mut *conn, cycle_id).await? {
        let missing = store::report_missing(&mut *conn, cycle_id, application.participant_id).await?;
        let failures = rules::screen(&facts_of(&application, missing), rules_of(&cycle));
        let codes: Vec<&str> = failures.iter().map(|f| f.rule.code()).collect();
        store::set_screening(&mut *conn, application.id, &codes).await?;
        if codes.is_empty() {
            eligible += 1;
        } else {
            ineligible += 1;
        }
    }
    Ok((eligible, ineligible))
}

/// The rules an ineligible application failed.
pub fn failures_of(application: &Application) -> Vec<Rule> {
    application.failures.split(',').filter_map(Rule::from_code).collect()
}

/// Assigns the call's number of evaluators to every eligible application, without conflicts (the applicant's
/// organization; the applicant's country when the call says so); the assignment as computed.
pub async fn assign(conn: &mut Conn, cycle_id: i64) -> Result<assignment::Assignment, TravelError> {
    let cycle = agora_store::cycles::get(&mut *conn, cycle_id).await?;
    let rules = rules_of(&cycle);
    let evaluators = store::evaluators(&mut *conn).await?;
    let reviewables: Vec<Reviewable> = store::list(&mut *conn, cycle_id)
        .await?
        .into_iter()
        .filter(|a| a.status == "eligible")
        .map(|a| Reviewable {
            id: a.id,
            theme: String::new(),
            people: vec![a.participant_id],
            organizations: a.organization_id.into_iter().collect(),
            countries: if rules.exclude_same_country { vec![a.country.clone()] } else { Vec::new() },
        })
        .collect();
    let weights = assignment::Weights { spread_groups: rules.evaluators_per_application.min(2), ..assignment::Weights::default() };
    let result = assignment::assign(&reviewables, &evaluators, &[], rules.evaluators_per_application, weights);
    let pairs: Vec<(i64, i64)> = result.pairs.iter().map(|p| (p.proposal, p.evaluator)).collect();
    store::replace_assignments(&mut *conn, cycle_id, &pairs).await?;
    Ok(result)
}

/// An evaluator scores an application assigned to them, on the cycle's scale.
pub async fn score(conn: &mut Conn, application_id: i64, evaluator_id: i64, value: u32, comment: &str) -> Result<(), TravelError> {
    let application = store::get(&mut *conn, application_id).await?;
    let cycle = agora_store::cycles::get(&mut *conn, application.cycle_id).await?;
    if value < cycle.rules.score_min || value > cycle.rules.score_max {
        return Err(TravelError::ScoreOutOfScale);
    }
    if store::selection(&mut *conn, cycle.id).await?.is_some_and(|s| s.published_at.is_some()) {
        return Err(TravelError::AlreadyPublished);
    }
    if !store::score(&mut *conn, application_id, evaluator_id, value, comment.trim()).await? {
        return Err(TravelError::NotAssigned);
    }
    Ok(())
}

/// The eligible applications with at least one score, as the selection sees them, with their merit.
pub async fn candidates(conn: &mut Conn, cycle_id: i64) -> Result<Vec<(Application, Candidate)>, TravelError> {
    let cycle = agora_store::cycles::get(&mut *conn, cycle_id).await?;
    let applications: Vec<Application> = store::list(&mut *conn, cycle_id).await?.into_iter().filter(|a| a.status == "eligible").collect();
    let given: Vec<scores::Score> = store::assignments(&mut *conn, cycle_id)
        .await?
        .into_iter()
        .filter_map(|a| {
            a.score.map(|s| scores::Score { pair: Pair { proposal: a.application_id, evaluator: a.evaluator_id }, value: s as f64 })
        })
        .collect();
    let aggregates = scores::aggregate(&given);
    Ok(applications
        .into_iter()
        .filter_map(|a| {
            let aggregate = aggregates.iter().find(|g| g.proposal == a.id)?;
            let request = request_of(&a);
            let candidate = Candidate {
                id: a.id,
                amount_usd: request.total(),
                merit: rules::merit(aggregate.normalised, cycle.rules.score_min, cycle.rules.score_max),
                first_time: a.first_time == 1,
                partial: request.is_partial(),
                gender: Gender::from_code(&a.gender),
                region: agora_domain::people::country(&a.country).map_or(UnRegionalGroup::NoGroup, |c| c.un_regional_group),
            };
            (request.total() > 0).then_some((a, candidate))
        })
        .collect())
}

/// What the budget buys and what each priority costs, for the cycle's scored applications.
pub async fn analyse(conn: &mut Conn, cycle_id: i64) -> Result<(Vec<(Application, Candidate)>, Analysis), TravelError> {
    let cycle = agora_store::cycles::get(&mut *conn, cycle_id).await?;
    let candidates = candidates(&mut *conn, cycle_id).await?;
    let list: Vec<Candidate> = candidates.iter().map(|(_, c)| c.clone()).collect();
    let analysis = rules::analyse(&list, rules_of(&cycle));
    Ok((candidates, analysis))
}

/// Stages the optimal selection as a draft for the Secretariat to review: the amount is summed again in this
/// transaction and refused over the budget. The number staged and the amount.
pub async fn stage(conn: &mut Conn, cycle_id: i64, by: i64) -> Result<(usize, u64), TravelError> {
    if store::selection(&mut *conn, cycle_id).await?.is_some_and(|s| s.published_at.is_some()) {
        return Err(TravelError::AlreadyPublished);
    }
    let cycle = agora_store::cycles::get(&mut *conn, cycle_id).await?;
    let (_, analysis) = analyse(&mut *conn, cycle_id).await?;
    stage_ids(conn, cycle_id, &analysis.selection.ids, u64::from(rules_of(&cycle).budget_usd), by).await
}

/// Stages the given applications (eligible ones of the cycle) if their requests fit the budget.
pub async fn stage_ids(conn: &mut Conn, cycle_id: i64, ids: &[i64], budget: u64, by: i64) -> Result<(usize, u64), TravelError> {
    let amount = u64::try_from(store::amount_of(&mut *conn, cycle_id, ids).await?).unwrap_or(u64::MAX);
    rules::within_budget(amount, budget).map_err(TravelError::OverBudget)?;
    store::stage(&mut *conn, cycle_id, ids, budget as i64, amount as i64, by).await?;
    Ok((ids.len(), amount))
}

/// Publishes the staged selection once (the amount checked against the cycle's budget again, here): every
/// eligible application decided. The decided applications, for the caller to mail each applicant once.
pub async fn publish(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Application>, TravelError> {
    let cycle = agora_store::cycles::get(&mut *conn, cycle_id).await?;
    let selection = store::selection(&mut *conn, cycle_id).await?.ok_or(TravelError::NothingStaged)?;
    if selection.published_at.is_some() {
        return Err(TravelError::AlreadyPublished);
    }
    let ids = store::staged(&mut *conn, cycle_id).await?;
    let amount = u64::try_from(store::amount_of(&mut *conn, cycle_id, &ids).await?).unwrap_or(u64::MAX);
    rules::within_budget(amount, u64::from(rules_of(&cycle).budget_usd)).map_err(TravelError::OverBudget)?;
    store::publish(&mut *conn, cycle_id, ids.len() as i64, amount as i64, i64::from(rules_of(&cycle).budget_usd))
        .await
        .map_err(|e| if matches!(e, StoreError::Conflict) { TravelError::AlreadyPublished } else { e.into() })?;
    Ok(store::list(&mut *conn, cycle_id).await?.into_iter().filter(|a| !a.decision.is_empty()).collect())
}

/// The funded file their report.
pub async fn file_report(conn: &mut Conn, cycle_id: i64, participant_id: i64, report: &str) -> Result<Application, TravelError> {
    let application = store::of_participant(&mut *conn, cycle_id, participant_id).await?.ok_or(TravelError::NotFunded)?;
    if application.decision != "funded" {
        return Err(TravelError::NotFunded);
    }
    let report = report.trim();
    if report.is_empty() || report.chars().count() > 20_000 {
        return Err(TravelError::Field("report"));
    }
    store::file_report(&mut *conn, application.id, report).await?;
    Ok(store::get(&mut *conn, application.id).await?)
}

/// The funded whose report is overdue.
pub async fn overdue(conn: &mut Conn, cycle_id: i64, now: i64) -> Result<Vec<Application>, TravelError> {
    let cycle = agora_store::cycles::get(&mut *conn, cycle_id).await?;
    let due = rules_of(&cycle).report_due_at;
    Ok(store::list(&mut *conn, cycle_id)
        .await?
        .into_iter()
        .filter(|a| a.decision == "funded" && rules::report_overdue(due, a.report_filed_at.is_some(), now))
        .collect())
}

/// Who applied (submitted) and who was funded, as counts; funded counts only once the selection is published.
pub async fn statistics(conn: &mut Conn, cycle_id: i64) -> Result<Statistics, TravelError> {
    let counted: Vec<rules::Counted> = store::list(&mut *conn, cycle_id)
        .await?
        .into_iter()
        .map(|a| rules::Counted {
            country: a.country,
            stakeholder_group: a.stakeholder_group,
            gender: a.gender,
            funded: a.decision == "funded",
        })
        .collect();
    Ok(rules::statistics(&counted))
}

//! The IGF Village's operations: apply for a booth, stage a decision, publish the staged selection, lay out the
//! floor plan, allocate a booth (or fill in the free booths in order).

use agora_domain::village::{self as rules, AllocationRefused, Application as Form, ApplicationRefused, FloorPlan, PlanRefused, Status};
use agora_store::village::{self as store, Application, NewApplication};
use agora_store::{Conn, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum VillageError {
    #[error("application refused: {0:?}")]
    Refused(ApplicationRefused),
    /// The application was decided: it cannot be changed, nor its decision staged again.
    #[error("already decided")]
    Decided,
    #[error("plan refused: {0:?}")]
    Plan(PlanRefused),
    #[error("allocation refused: {0:?}")]
    Allocation(AllocationRefused),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The cycle's floor plan (an empty one, 0 × 0, until the Secretariat lays it out).
pub async fn plan(conn: &mut Conn, cycle_id: i64) -> Result<FloorPlan, VillageError> {
    Ok(match store::plan(&mut *conn, cycle_id).await? {
        Some((rows, columns, unusable)) => FloorPlan {
            rows: u32::try_from(rows).unwrap_or(0),
            columns: u32::try_from(columns).unwrap_or(0),
            unusable: rules::parse_numbers(&unusable).unwrap_or_default(),
        },
        None => FloorPlan::default(),
    })
}

pub struct Apply<'a> {
    pub cycle_id: i64,
    pub participant_id: i64,
    pub form: Form<'a>,
    pub now: i64,
}

pub async fn apply(conn: &mut Conn, input: &Apply<'_>) -> Result<Application, VillageError> {
    let cycle = agora_store::cycles::get(&mut *conn, input.cycle_id).await?;
    let end = cycle.phase(agora_domain::cycles::Phase::Meeting).map(|d| d.end);
    rules::accept_application(&input.form, end, input.now).map_err(VillageError::Refused)?;
    let id = store::save(
        &mut *conn,
        &NewApplication {
            cycle_id: input.cycle_id,
            participant_id: input.participant_id,
            organization: input.form.organization.trim(),
            stakeholder_group: input.form.stakeholder_group,
            description: input.form.description.trim(),
            needs: &input.form.needs.join(","),
        },
    )
    .await
    .map_err(|e| if matches!(e, StoreError::Conflict) { VillageError::Decided } else { e.into() })?;
    Ok(store::get(&mut *conn, id).await?)
}

/// Stages (or clears) the decision on an undecided application; nothing is mailed or public until publication.
pub async fn stage(conn: &mut Conn, id: i64, to: Option<Status>) -> Result<Application, VillageError> {
    let application = store::get(&mut *conn, id).await?;
    let status = Status::from_code(&application.status).unwrap_or(Status::Submitted);
    if !rules::may_stage(status, to) {
        return Err(VillageError::Decided);
    }
    store::stage(&mut *conn, id, to.map(Status::code)).await?;
    Ok(store::get(&mut *conn, id).await?)
}

/// Publishes the staged decisions; the applications decided (the caller mails each once).
pub async fn publish(conn: &mut Conn, cycle_id: i64) -> Result<Vec<Application>, VillageError> {
    agora_store::cycles::get(&mut *conn, cycle_id).await?;
    Ok(store::publish(&mut *conn, cycle_id).await?)
}

/// Lays out the floor plan, refused when it would leave an allocated booth out or unusable.
pub async fn set_plan(conn: &mut Conn, cycle_id: i64, new: &FloorPlan) -> Result<(), VillageError> {
    let allocated: Vec<u32> =
        store::list(&mut *conn, cycle_id, None).await?.iter().filter_map(|a| a.booth).filter_map(|b| u32::try_from(b).ok()).collect();
    rules::check_plan(new, &allocated).map_err(VillageError::Plan)?;
    let unusable = new.unusable.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
    store::set_plan(&mut *conn, cycle_id, i64::from(new.rows), i64::from(new.columns), &unusable).await?;
    Ok(())
}

/// Who holds which booth: (booth, organization, application).
fn holders(applications: &[Application]) -> Vec<(u32, String, i64)> {
    applications.iter().filter_map(|a| Some((u32::try_from(a.booth?).ok()?, a.organization.clone(), a.id))).collect()
}

/// Allocates a booth to a selected exhibitor (None takes its booth back).
pub async fn allocate(conn: &mut Conn, id: i64, booth: Option<u32>) -> Result<Application, VillageError> {
    let application = store::get(&mut *conn, id).await?;
    if let Some(booth) = booth {
        let plan = plan(&mut *conn, application.cycle_id).await?;
        let all = store::list(&mut *conn, application.cycle_id, None).await?;
        let status = Status::from_code(&application.status).unwrap_or(Status::Submitted);
        rules::allocate(&plan, status, id, booth, &holders(&all)).map_err(VillageError::Allocation)?;
    }
    store::set_booth(&mut *conn, id, booth.map(i64::from)).await?;
    Ok(store::get(&mut *conn, id).await?)
}

/// Gives the selected exhibitors without a booth the free usable booths in order (as far as they go); how many.
pub async fn fill_in(conn: &mut Conn, cycle_id: i64) -> Result<usize, VillageError> {
    let plan = plan(&mut *conn, cycle_id).await?;
    let all = store::list(&mut *conn, cycle_id, Some(Status::Selected.code())).await?;
    let taken: Vec<u32> = holders(&all).iter().map(|(b, _, _)| *b).collect();
    let waiting: Vec<i64> = all.iter().filter(|a| a.booth.is_none()).map(|a| a.id).collect();
    let given = rules::fill_in(&plan, &taken, &waiting);
    for (id, booth) in &given {
        store::set_booth(&mut *conn, *id, Some(i64::from(*booth))).await?;
    }
    Ok(given.len())
}

//! The reminders the forum mails by itself: overdue session reports to their organizers and rapporteurs, and
//! recommendations a body has not answered to its contact; and it releases the bilateral room bookings not
//! confirmed by their deadline (`bilaterals::release_and_mail`, each run with any work recorded). Each node checks at the configured interval (a quarter
//! of an hour by default); the notes of what was sent keep a reminder from going out twice in its interval.

use crate::App;
pub async fn worker(app: App) {
    loop {
        tokio::time::sleep(app.config.reminder_interval).await;
        if let Err(e) = crate::reports::remind_overdue(&app).await {
            tracing::warn!(error = %e, "report reminders failed");
        }
        if let Err(e) = crate::recommendations::remind_bodies(&app).await {
            tracing::warn!(error = %e, "recommendation reminders failed");
        }
        if let Err(e) = crate::bilaterals::release_and_mail(&app, None).await {
            tracing::warn!(error = %e, "the release of unconfirmed bilateral bookings failed");
        }
    }
}

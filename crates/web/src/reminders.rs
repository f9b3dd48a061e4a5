//! The reminders the forum mails by itself: overdue session reports to their organizers and rapporteurs, and
//! recommendations a body has not answered to its contact. Each node checks every quarter of an hour; the
//! notes of what was sent keep a reminder from going out twice in its interval.

use crate::App;
use std::time::Duration;

pub async fn worker(app: App) {
    loop {
        tokio::time::sleep(Duration::from_secs(15 * 60)).await;
        if let Err(e) = crate::reports::remind_overdue(&app).await {
            tracing::warn!(error = %e, "report reminders failed");
        }
        if let Err(e) = crate::recommendations::remind_bodies(&app).await {
            tracing::warn!(error = %e, "recommendation reminders failed");
        }
    }
}

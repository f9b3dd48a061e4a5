//! Mail: messages are queued in the database with the action that causes them (agora_store::mail) and the
//! worker here delivers them over SMTP, or into a folder of .eml files when no SMTP server is configured.

use crate::App;
use agora_store::mail as outbox;
use lettre::message::header::ContentType;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// Queues a mail in the caller's transaction; call [`App::wake_mail`] after committing.
pub async fn queue(conn: &mut agora_store::Conn, to: &str, subject: &str, body: &str) -> agora_store::Result<i64> {
    // Fluent isolates arguments with invisible direction marks, right in HTML but noise in plain-text mail.
    let strip = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
    outbox::enqueue(conn, to, &strip(subject), &strip(body)).await
}

impl App {
    pub fn wake_mail(&self) {
        self.mail_wakeup.notify_one();
    }
}

enum Delivery {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(std::path::PathBuf),
}

/// Delivers queued mail until the process stops: at once when woken, else every few seconds (retries, and
/// mail queued by other nodes).
pub async fn worker(app: App) {
    let delivery = match &app.config.smtp_url {
        Some(url) => match AsyncSmtpTransport::<Tokio1Executor>::from_url(url) {
            Ok(builder) => Delivery::Smtp(builder.timeout(Some(Duration::from_secs(20))).build()),
            Err(e) => {
                tracing::error!(error = %e, "the SMTP URL is invalid; mail stays queued");
                return;
            }
        },
        None => {
            tracing::info!(folder = %app.config.outbox_dir.display(), "no SMTP server configured: mail is written to the outbox folder");
            Delivery::Folder(app.config.outbox_dir.clone())
        }
    };
    loop {
        if let Err(e) = deliver_due(&app, &delivery).await {
            tracing::warn!(error = %e, "mail delivery round failed");
        }
        let _ = tokio::time::timeout(Duration::from_secs(5), app.mail_wakeup.notified()).await;
    }
}

async fn deliver_due(app: &App, delivery: &Delivery) -> Result<(), crate::AppError> {
    let mut conn = app.db.acquire().await?;
    // A lease longer than a round of 50 deliveries at the SMTP timeout would take: nobody else sends them meanwhile.
    for mail in outbox::claim(&mut conn, app.db.backend, 50, 20 * 60).await? {
        match send(app, delivery, &mail).await {
            Ok(()) => {
                outbox::mark_sent(&mut conn, mail.id).await?;
            }
            Err(e) => {
                tracing::warn!(mail = mail.id, error = %e, "mail not delivered; will retry");
                outbox::mark_failed(&mut conn, &mail, &e).await?;
            }
        }
    }
    Ok(())
}

async fn send(app: &App, delivery: &Delivery, mail: &outbox::Mail) -> Result<(), String> {
    let message = Message::builder()
        .from(app.config.mail_from.parse().map_err(|e| format!("sender: {e}"))?)
        .to(mail.recipient.parse().map_err(|e| format!("recipient: {e}"))?)
        .subject(&mail.subject)
        .header(ContentType::TEXT_PLAIN)
        .body(mail.body.clone())
        .map_err(|e| e.to_string())?;
    match delivery {
        Delivery::Smtp(transport) => transport.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
        Delivery::Folder(dir) => {
            tokio::fs::create_dir_all(dir).await.map_err(|e| e.to_string())?;
            let path = dir.join(format!("{}-{:06}.eml", agora_store::now(), mail.id));
            tokio::fs::write(&path, message.formatted()).await.map_err(|e| e.to_string())?;
            tracing::info!(to = %mail.recipient, file = %path.display(), "mail written to the outbox");
            Ok(())
        }
    }
}

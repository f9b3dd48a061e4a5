//! Group commit for submissions. A consultation flooded like the FCC's in 2017 must keep every acknowledged
//! submission without making each one wait for its own transaction and disk sync: handlers check the input as
//! before, then hand the submission to this single writer and wait. The writer takes everything queued (up to
//! `MAX_BATCH`), applies the duplicate guard to the batch, writes it in one transaction and commits once; only
//! then does each handler answer. An acknowledged submission is therefore committed and synced exactly as
//! before — it just shares its commit.

use agora_store::Db;
use agora_store::consultations::{self as store, NewSubmission};
use std::collections::HashSet;
use tokio::sync::{mpsc, oneshot};

/// The most submissions one transaction takes: enough to share a sync among many, small enough to keep
/// the write lock short for everyone else.
const MAX_BATCH: usize = 256;

/// What became of a submission.
#[derive(Debug)]
pub enum Written {
    Saved(i64),
    /// The same text from the same network within the guard's window: not counted twice.
    Repeat,
}

struct Job {
    submission: NewSubmission,
    /// For anonymous submissions: refuse a repeat of what this network sent since then.
    repeat_since: Option<i64>,
    reply: oneshot::Sender<Result<Written, String>>,
}

#[derive(Clone)]
pub struct SubmissionWriter {
    queue: mpsc::Sender<Job>,
}

impl SubmissionWriter {
    /// Starts the writer task on the current runtime.
    pub fn start(db: Db) -> SubmissionWriter {
        let (queue, jobs) = mpsc::channel(4 * MAX_BATCH);
        tokio::spawn(run(db, jobs));
        SubmissionWriter { queue }
    }

    /// Writes a submission with the batch it joins; returns once that batch is committed.
    pub async fn write(&self, submission: NewSubmission, repeat_since: Option<i64>) -> Result<Written, String> {
        let (reply, answer) = oneshot::channel();
        self.queue.send(Job { submission, repeat_since, reply }).await.map_err(|_| "the submission writer stopped".to_string())?;
        answer.await.map_err(|_| "the submission writer stopped".to_string())?
    }

    /// Submissions queued and not yet taken into a batch.
    pub fn waiting(&self) -> usize {
        self.queue.max_capacity() - self.queue.capacity()
    }
}

async fn run(db: Db, mut jobs: mpsc::Receiver<Job>) {
    while let Some(first) = jobs.recv().await {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        match write_batch(&db, &batch).await {
            Ok(outcomes) => {
                for (job, outcome) in batch.into_iter().zip(outcomes) {
                    let _ = job.reply.send(Ok(outcome));
                }
            }
            Err(e) => {
                tracing::error!(error = %e, submissions = batch.len(), "a batch of submissions could not be written");
                for job in batch {
                    let _ = job.reply.send(Err(e.to_string()));
                }
            }
        }
    }
}

/// One transaction for the whole batch; nothing of it is stored if any part fails.
async fn write_batch(db: &Db, batch: &[Job]) -> agora_store::Result<Vec<Written>> {
    let mut tx = db.begin().await?;
    let mut seen: HashSet<(i64, String, String)> = HashSet::new();
    let mut outcomes = Vec::with_capacity(batch.len());
    for job in batch {
        let s = &job.submission;
        if let Some(since) = job.repeat_since {
            let key = (s.consultation_id, s.fingerprint.clone(), s.network.clone());
            if !seen.insert(key) || store::is_repeat(&mut tx, s.consultation_id, &s.fingerprint, &s.network, since).await? {
                outcomes.push(Written::Repeat);
                continue;
            }
        }
        outcomes.push(Written::Saved(store::save_submission(&mut tx, s).await?));
    }
    tx.commit().await?;
    Ok(outcomes)
}
